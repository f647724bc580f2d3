// Stands in for cppjieba's DictTrie.hpp in the WebAssembly build.
//
// It keeps cppjieba's include guard, class name and the members its segmenters use, so
// cppjieba's own MPSegment, HMMSegment, MixSegment and PosTagger (nodejs-jieba's deps/cppjieba,
// compiled unchanged) run on it. What differs is where the words come from and how they are
// stored:
//
// - the dictionaries are read from memory buffers, not files, so the module needs no file system
//   (it runs in a browser Worker as well as in Node);
// - the main dictionary can come prepared (scripts/prepare-wasm-dict.js): a trie in
//   breadth-first order that is decoded into flat arrays (StaticTrie) instead of parsed and
//   inserted word by word;
// - words read as text (the user dictionary, or a main dictionary given as text) go into one
//   open-addressing hash table keyed by (parent node, rune) (HashTrie) instead of a
//   std::unordered_map per trie node;
// - a word's DictUnit (what MPSegment and PosTagger read) is only built the first time a text
//   contains the word.
//
// Everything that decides a segmentation is computed as DictTrie computes it: the weight of a
// main-dictionary word is log(freq / sum of the main dictionary's freqs); a user word without a
// frequency gets the median weight of the main dictionary; a later entry for the same word
// replaces an earlier one (user words over the main dictionary); single-rune user words are
// remembered for MixSegment; lines are split as DictTrie splits them (limonp::Split).
#ifndef CPPJIEBA_DICT_TRIE_HPP
#define CPPJIEBA_DICT_TRIE_HPP

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <stdint.h>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>
#include "limonp/StringUtil.hpp"
#include "limonp/Logging.hpp"
#include "cppjieba/Unicode.hpp"
#include "cppjieba/Trie.hpp"
#include "PreparedReader.hpp"

namespace cppjieba {

using namespace limonp;

// The constants cppjieba's DictTrie.hpp defines for the other headers.
const double MIN_DOUBLE = -3.14e+100;
const double MAX_DOUBLE = 3.14e+100;
const size_t DICT_COLUMN_NUM = 3;
const char* const UNKNOWN_TAG = "";

const uint32_t NO_NODE = 0xffffffffu;
const uint32_t NO_WORD = 0xffffffffu;

// The prepared main dictionary: node 0 is the root, the children of node k are the nodes
// [first[k], first[k + 1]), sorted by rune.
class StaticTrie {
 public:
  StaticTrie() : root_bmp_(0x10000, NO_NODE) {}

  bool empty() const { return rune_.empty(); }

  // Reads the trie; the frequency and tag of each word go to `freqs` and `tags` (indices into
  // `tag_names`), in word order.
  bool Load(PreparedReader& in, vector<double>& freqs, vector<uint32_t>& tags, vector<string>& tag_names) {
    uint32_t nodes = in.U32();
    uint32_t words = in.U32();
    uint32_t tag_count = in.U32();
    if (!in.ok() || nodes == 0 || nodes >= NO_NODE) return false;
    tag_names.clear();
    for (uint32_t i = 0; i < tag_count && in.ok(); i++) {
      size_t length = size_t(in.Varint());
      const char* b = in.Bytes(length);
      if (b) tag_names.push_back(string(b, length));
    }
    first_.resize(nodes + 1);
    uint64_t next = 1;
    for (uint32_t k = 0; k < nodes; k++) {
      first_[k] = uint32_t(next);
      next += in.Varint();
      if (next > nodes) return false;
    }
    first_[nodes] = nodes;
    if (next != nodes) return false;
    rune_.assign(nodes, 0);
    word_.assign(nodes, NO_WORD);
    uint32_t word = 0;
    for (uint32_t k = 0; k < nodes && in.ok(); k++) {
      Rune previous = 0;
      for (uint32_t c = first_[k]; c < first_[k + 1]; c++) {
        uint64_t v = in.Varint();
        previous += Rune(v >> 1);
        rune_[c] = previous;
        if (v & 1) word_[c] = word++;
      }
    }
    if (!in.ok() || word != words) return false;
    freqs.resize(words);
    tags.resize(words);
    for (uint32_t i = 0; i < words; i++) {
      freqs[i] = double(in.Varint());
      tags[i] = uint32_t(in.Varint());
      if (tags[i] >= tag_names.size()) return false;
    }
    for (uint32_t c = first_[0]; c < first_[1]; c++) {
      if (rune_[c] < 0x10000) root_bmp_[rune_[c]] = c;
    }
    return in.ok();
  }

  uint32_t Child(uint32_t node, Rune rune) const {
    if (node == 0 && rune < 0x10000) return root_bmp_[rune];
    const Rune* lo = rune_.data() + first_[node];
    const Rune* hi = rune_.data() + first_[node + 1];
    const Rune* it = std::lower_bound(lo, hi, rune);
    return it != hi && *it == rune ? uint32_t(it - rune_.data()) : NO_NODE;
  }

  uint32_t Word(uint32_t node) const { return word_[node]; }

  size_t NodeCount() const { return rune_.size(); }

 private:
  vector<uint32_t> first_;
  vector<Rune> rune_;
  vector<uint32_t> word_;
  vector<uint32_t> root_bmp_;  // the root's children by rune, for runes below U+10000
};

// Words added one by one (Trie::InsertNode: the last word inserted for a key wins). Node 0 is
// the root; nodes are found by hashing (parent node, rune).
class HashTrie {
 public:
  HashTrie() : node_count_(1), mask_(0), shift_(64) {
    word_.push_back(NO_WORD);
    Rehash(1 << 8);
  }

  void Reserve(size_t nodes) {
    size_t capacity = slots_.size();
    while (nodes * 5 > capacity * 3) capacity *= 2;  // load factor at most 0.6
    if (capacity != slots_.size()) Rehash(capacity);
    word_.reserve(nodes);
  }

  void Insert(const Unicode& word, uint32_t id) {
    if (word.size() == 0) return;
    uint32_t node = 0;
    for (size_t k = 0; k < word.size(); k++) {
      if ((node_count_ + 1) * 5 > slots_.size() * 3) Rehash(slots_.size() * 2);
      uint64_t key = Key(node, word[k]);
      size_t i = Hash(key);
      while (slots_[i].key != key && slots_[i].key != EMPTY) i = (i + 1) & mask_;
      if (slots_[i].key == EMPTY) {
        slots_[i].key = key;
        slots_[i].node = uint32_t(node_count_++);
        word_.push_back(NO_WORD);
      }
      node = slots_[i].node;
    }
    word_[node] = id;
  }

  uint32_t Child(uint32_t node, Rune rune) const {
    uint64_t key = Key(node, rune);
    for (size_t i = Hash(key);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.node;
      if (s.key == EMPTY) return NO_NODE;
    }
  }

  uint32_t Word(uint32_t node) const { return word_[node]; }

  size_t NodeCount() const { return node_count_; }

 private:
  static const uint64_t EMPTY = ~uint64_t(0);

  struct Slot {
    uint64_t key;
    uint32_t node;
  };

  // Runes fit in 21 bits (cppjieba decodes at most four UTF-8 bytes).
  static uint64_t Key(uint32_t node, Rune rune) { return (uint64_t(node) << 21) | (rune & 0x1fffff); }

  // Fibonacci hashing: the top bits of key × 2^64/φ.
  size_t Hash(uint64_t key) const { return size_t((key * 0x9E3779B97F4A7C15ull) >> shift_); }

  void Rehash(size_t capacity) {
    vector<Slot> old;
    old.swap(slots_);
    Slot empty = {EMPTY, 0};
    slots_.assign(capacity, empty);
    mask_ = capacity - 1;
    shift_ = 64;
    for (size_t c = capacity; c > 1; c >>= 1) shift_--;
    for (size_t i = 0; i < old.size(); i++) {
      if (old[i].key == EMPTY) continue;
      size_t j = Hash(old[i].key);
      while (slots_[j].key != EMPTY) j = (j + 1) & mask_;
      slots_[j] = old[i];
    }
  }

  vector<Slot> slots_;
  size_t node_count_;
  size_t mask_;
  int shift_;
  vector<uint32_t> word_;  // per node: the word ending there, or NO_WORD
};

class DictTrie {
 public:
  // cppjieba's file-reading constructor. Declared so that cppjieba code which mentions it still
  // compiles; never defined, so any use of it fails to link.
  DictTrie(const string& dict_path, const string& user_dict_paths = "");

  DictTrie() : freq_sum_(0), min_weight_(0), max_weight_(0), median_weight_(0), user_word_default_weight_(0) {}

  ~DictTrie() {
    for (size_t i = 0; i < units_.size(); i++) delete units_[i];
    for (size_t i = 0; i < prepared_units_.size(); i++) delete prepared_units_[i];
  }

  // The main dictionary as jieba.dict.utf8 text ("word freq tag" per line). Returns false and
  // says why in `error` where DictTrie's XCHECK would abort.
  bool LoadMainDict(const char* data, size_t size, string& error) {
    // jieba's dictionary has about 1.4 trie nodes per word.
    size_t lines = std::count(data, data + size, '\n') + 1;
    text_.Reserve(lines * 3 / 2);
    vector<double> freqs;
    freqs.reserve(lines);
    const char* end = data + size;
    const char* p = data;
    Unicode word;
    string freq;
    while (p < end) {  // std::getline: a last line without '\n' counts, an empty tail does not
      const char* nl = static_cast<const char*>(memchr(p, '\n', end - p));
      const char* line_end = nl ? nl : end;
      const char* fields[DICT_COLUMN_NUM + 1];
      size_t lengths[DICT_COLUMN_NUM + 1];
      size_t n = SplitSpaces(p, line_end, fields, lengths, DICT_COLUMN_NUM + 1);
      if (n != DICT_COLUMN_NUM) {
        error = "split result illegal, line: " + string(p, line_end - p);
        return false;
      }
      freq.assign(fields[1], lengths[1]);
      freqs.push_back(atof(freq.c_str()));
      // As DictTrie::MakeNodeInfo: a word that is not UTF-8 becomes empty, keeps its frequency
      // (it still counts in the sum and the median) and never reaches the trie.
      DecodeRunesInString(fields[0], lengths[0], word);
      text_.Insert(word, AddWord(0, TagId(string(fields[2], lengths[2]))));
      p = nl ? nl + 1 : end;
    }
    return SetMainWeights(freqs, error);
  }

  // The main dictionary prepared by scripts/prepare-wasm-dict.js; `in` is left after it.
  bool LoadPreparedDict(PreparedReader& in, string& error) {
    vector<double> freqs;
    vector<uint32_t> tags;
    if (!prepared_.Load(in, freqs, tags, tag_names_)) {
      error = "the prepared dictionary is damaged";
      return false;
    }
    for (size_t i = 0; i < tag_names_.size(); i++) tag_ids_[tag_names_[i]] = uint32_t(i);
    prepared_weight_.assign(freqs.size(), 0);
    prepared_tag_.swap(tags);
    prepared_units_.assign(freqs.size(), NULL);
    return SetMainWeights(freqs, error);
  }

  // A user dictionary ("word", "word tag" or "word freq tag" per line), after the main one:
  // DictTrie::LoadUserDict with DictTrie::InserUserDictNode for each line.
  void LoadUserDict(const char* data, size_t size) {
    const char* end = data + size;
    const char* p = data;
    string line;
    vector<string> buf;
    Unicode word;
    while (p < end) {
      const char* nl = static_cast<const char*>(memchr(p, '\n', end - p));
      const char* line_end = nl ? nl : end;
      line.assign(p, line_end - p);
      p = nl ? nl + 1 : end;
      if (line.size() == 0) continue;
      Split(line, buf, " ");
      double weight;
      string tag;
      if (buf.size() == 1) {
        weight = user_word_default_weight_;
        tag = UNKNOWN_TAG;
      } else if (buf.size() == 2) {
        weight = user_word_default_weight_;
        tag = buf[1];
      } else if (buf.size() == 3) {
        int freq = atoi(buf[1].c_str());
        weight = log(1.0 * freq / freq_sum_);
        tag = buf[2];
      } else {
        continue;  // DictTrie keeps an empty DictUnit, which never reaches the trie
      }
      DecodeRunesInString(buf[0], word);  // empty if not UTF-8
      text_.Insert(word, AddWord(weight, TagId(tag)));
      if (word.size() == 1) user_dict_single_chinese_word_.insert(word[0]);
    }
  }

  // Trie::Find: the DictUnit of the whole of [begin, end), or NULL.
  const DictUnit* Find(RuneStrArray::const_iterator begin, RuneStrArray::const_iterator end) const {
    if (begin == end) return NULL;
    Cursor c = {0, 0};
    for (RuneStrArray::const_iterator it = begin; it != end; it++) {
      if (!Next(c, it->rune)) return NULL;
    }
    return Unit(c, begin, end - begin);
  }

  // Trie::Find: for each rune, the dictionary words that start there. As in Trie::Find, each
  // Dag starts with (i, the rune's own DictUnit or NULL), followed by the longer words in order.
  void Find(RuneStrArray::const_iterator begin,
            RuneStrArray::const_iterator end,
            vector<struct Dag>& res,
            size_t max_word_len = MAX_WORD_LENGTH) const {
    size_t n = end - begin;
    res.resize(n);
    for (size_t i = 0; i < n; i++) {
      res[i].runestr = *(begin + i);
      Cursor c = {0, 0};
      bool found = Next(c, res[i].runestr.rune);
      res[i].nexts.push_back(pair<size_t, const DictUnit*>(i, found ? Unit(c, begin + i, 1) : NULL));
      for (size_t j = i + 1; found && j < n && (j - i + 1) <= max_word_len; j++) {
        if (!Next(c, (begin + j)->rune)) break;
        const DictUnit* unit = Unit(c, begin + i, j - i + 1);
        if (unit) res[i].nexts.push_back(pair<size_t, const DictUnit*>(j, unit));
      }
    }
  }

  bool IsUserDictSingleChineseWord(const Rune& word) const {
    return IsIn(user_dict_single_chinese_word_, word);
  }

  double GetMinWeight() const {
    return min_weight_;
  }

  size_t WordCount() const { return prepared_weight_.size() + weight_.size(); }

  size_t NodeCount() const { return prepared_.NodeCount() + text_.NodeCount(); }

 private:
  // A node in each trie (NO_NODE where the prefix is not in it); the merged trie has a node
  // wherever either has.
  struct Cursor {
    uint32_t prepared;
    uint32_t text;
  };

  bool Next(Cursor& c, Rune rune) const {
    c.prepared = c.prepared == NO_NODE || prepared_.empty() ? NO_NODE : prepared_.Child(c.prepared, rune);
    c.text = c.text == NO_NODE ? NO_NODE : text_.Child(c.text, rune);
    return c.prepared != NO_NODE || c.text != NO_NODE;
  }

  // limonp::Split(line, buf, " ") without building strings: the fields Split returns.
  static size_t SplitSpaces(const char* p, const char* end, const char** fields, size_t* lengths, size_t max) {
    size_t n = 0;
    while (p < end) {
      const char* space = static_cast<const char*>(memchr(p, ' ', end - p));
      const char* field_end = space ? space : end;
      if (n < max) {
        fields[n] = p;
        lengths[n] = field_end - p;
      }
      n++;
      if (!space) break;
      p = space + 1;
    }
    return n;
  }

  // DictTrie::CalcFreqSum, CalculateWeight and SetStaticWordWeights(WordWeightMedian) over the
  // main dictionary's words (text words come first in weight_ when it was read as text).
  bool SetMainWeights(const vector<double>& freqs, string& error) {
    if (freqs.empty()) {
      error = "the main dictionary is empty";
      return false;
    }
    vector<double>& weights = prepared_.empty() ? weight_ : prepared_weight_;
    double sum = 0.0;
    for (size_t i = 0; i < freqs.size(); i++) sum += freqs[i];
    freq_sum_ = sum;
    for (size_t i = 0; i < freqs.size(); i++) weights[i] = log(double(freqs[i]) / sum);
    vector<double> x(weights.begin(), weights.begin() + freqs.size());
    min_weight_ = *std::min_element(x.begin(), x.end());
    max_weight_ = *std::max_element(x.begin(), x.end());
    std::nth_element(x.begin(), x.begin() + x.size() / 2, x.end());
    median_weight_ = x[x.size() / 2];
    user_word_default_weight_ = median_weight_;
    return true;
  }

  uint32_t AddWord(double weight, uint32_t tag) {
    weight_.push_back(weight);
    tag_.push_back(tag);
    units_.push_back(NULL);
    return uint32_t(weight_.size() - 1);
  }

  uint32_t TagId(const string& tag) {
    std::unordered_map<string, uint32_t>::const_iterator it = tag_ids_.find(tag);
    if (it != tag_ids_.end()) return it->second;
    tag_names_.push_back(tag);
    return tag_ids_[tag] = uint32_t(tag_names_.size() - 1);
  }

  // The DictUnit of the word at the cursor (the runes [begin, begin + length)), or NULL where the
  // prefix only continues longer words. A text word wins over a prepared one: it came later.
  // Built on first use and kept.
  const DictUnit* Unit(const Cursor& c, RuneStrArray::const_iterator begin, size_t length) const {
    uint32_t id = c.text == NO_NODE ? NO_WORD : text_.Word(c.text);
    if (id != NO_WORD) return Unit(units_[id], weight_[id], tag_[id], begin, length);
    id = c.prepared == NO_NODE ? NO_WORD : prepared_.Word(c.prepared);
    if (id != NO_WORD) return Unit(prepared_units_[id], prepared_weight_[id], prepared_tag_[id], begin, length);
    return NULL;
  }

  const DictUnit* Unit(DictUnit*& unit, double weight, uint32_t tag, RuneStrArray::const_iterator begin, size_t length) const {
    if (unit == NULL) {
      unit = new DictUnit;
      unit->word.reserve(length);
      for (size_t i = 0; i < length; i++) unit->word.push_back((begin + i)->rune);
      unit->weight = weight;
      unit->tag = tag_names_[tag];
    }
    return unit;
  }

  StaticTrie prepared_;
  vector<double> prepared_weight_;  // per prepared word
  vector<uint32_t> prepared_tag_;   // per prepared word: index into tag_names_
  mutable vector<DictUnit*> prepared_units_;

  HashTrie text_;
  vector<double> weight_;        // per text word
  vector<uint32_t> tag_;         // per text word: index into tag_names_
  mutable vector<DictUnit*> units_;

  vector<string> tag_names_;
  std::unordered_map<string, uint32_t> tag_ids_;

  double freq_sum_;
  double min_weight_;
  double max_weight_;
  double median_weight_;
  double user_word_default_weight_;
  unordered_set<Rune> user_dict_single_chinese_word_;
};

}  // namespace cppjieba

#endif  // CPPJIEBA_DICT_TRIE_HPP
