// jieba for WebAssembly: cppjieba's MixSegment and PosTagger (from nodejs-jieba's deps/cppjieba,
// compiled unchanged) over dictionaries passed in as memory buffers. See wasm/README.md.
//
// The C API works on one engine per module instance:
//   jw_load(dict, hmm, user)    loads jieba.dict.utf8, hmm_model.utf8 and a user dictionary
//   jw_load_prepared(data, user)  the same with both prepared by scripts/prepare-wasm-dict.js
//   jw_input(n)                 a buffer of n bytes to write the UTF-8 text into
//   jw_cut(n, with_tags)        cuts the n bytes in that buffer as nodejs-jieba's cut(text, true)
//                               and, if asked, tags every word as its tag(text) does; returns the
//                               number of words
//   jw_ends() / jw_tags()       per word: its end in UTF-16 code units / the index of its tag
//   jw_tag_name(i), jw_tag_name_length(i)   the tag with index i, as UTF-8
// Offsets are UTF-16 code units so that JavaScript can slice the input directly: a rune of four
// UTF-8 bytes is two code units, any other rune one (a lone surrogate reaches jieba as U+FFFD,
// one code unit, as it does through nodejs-jieba).
#include <stdint.h>
#include <string>
#include <unordered_map>
#include <vector>
#include <emscripten/emscripten.h>

// These two replace cppjieba's DictTrie.hpp and HMMModel.hpp (same include guards), so they
// must come before any cppjieba header.
#include "MemoryDictTrie.hpp"
#include "MemoryHMMModel.hpp"
#include "cppjieba/MixSegment.hpp"

namespace {

using cppjieba::DictTrie;
using cppjieba::HMMModel;
using cppjieba::MixSegment;
using cppjieba::PreFilter;
using cppjieba::RuneStrArray;
using cppjieba::WordRange;

// MixSegment with access to its separators, so that a text can be cut into word ranges (offsets)
// without building a string per word; the steps are those of MixSegment::Cut.
class RangeMixSegment : public MixSegment {
 public:
  RangeMixSegment(const DictTrie* trie, const HMMModel* model) : MixSegment(trie, model) {}

  // MixSegment::Cut(sentence, words, hmm = true) up to its word ranges.
  void CutRanges(PreFilter& pre_filter, std::vector<WordRange>& wrs) const {
    while (pre_filter.HasNext()) {
      PreFilter::Range range = pre_filter.Next();
      Cut(range.begin, range.end, wrs, true);
    }
  }

  const cppjieba::unordered_set<cppjieba::Rune>& Separators() const {
    return symbols_;
  }
};

struct Engine {
  DictTrie trie;
  HMMModel model;
  RangeMixSegment segment;
  Engine() : segment(&trie, &model) {}
};

Engine* engine = NULL;
std::string error;
std::vector<char> input;
std::string text;
std::vector<WordRange> ranges;
std::vector<uint32_t> ends;
std::vector<uint32_t> tags;
std::vector<std::string> tag_names;
std::unordered_map<std::string, uint32_t> tag_ids;

uint32_t TagId(const std::string& tag) {
  std::unordered_map<std::string, uint32_t>::const_iterator it = tag_ids.find(tag);
  if (it != tag_ids.end()) return it->second;
  tag_names.push_back(tag);
  return tag_ids[tag] = uint32_t(tag_names.size() - 1);
}

}  // namespace

extern "C" {

// Loads the dictionaries, replacing any engine loaded before. Returns 1, or 0 with jw_error().
EMSCRIPTEN_KEEPALIVE int jw_load(const char* dict, size_t dict_size, const char* hmm, size_t hmm_size, const char* user, size_t user_size) {
  delete engine;
  engine = NULL;
  Engine* e = new Engine;
  error.clear();
  if (!e->trie.LoadMainDict(dict, dict_size, error)) {
    delete e;
    error = "jieba.dict.utf8: " + error;
    return 0;
  }
  if (user_size > 0) e->trie.LoadUserDict(user, user_size);
  if (!e->model.LoadModel(hmm, hmm_size)) {
    delete e;
    error = "hmm_model.utf8: not a jieba HMM model";
    return 0;
  }
  engine = e;
  return 1;
}

// Loads the file scripts/prepare-wasm-dict.js writes (jieba.dict.utf8 and hmm_model.utf8) and a
// user dictionary. Returns 1, or 0 with jw_error().
EMSCRIPTEN_KEEPALIVE int jw_load_prepared(const char* data, size_t size, const char* user, size_t user_size) {
  delete engine;
  engine = NULL;
  error.clear();
  static const char MAGIC[8] = {'J', 'W', 'D', 'I', 'C', 'T', 0, 1};
  cppjieba::PreparedReader in(data, size);
  const char* magic = in.Bytes(sizeof MAGIC);
  if (!magic || memcmp(magic, MAGIC, sizeof MAGIC) != 0 || in.U32() != 1) {
    error = "not a prepared jieba dictionary (version 1)";
    return 0;
  }
  in.Bytes(2 * (4 + 32));  // the sources' sizes and SHA-256, for tools
  Engine* e = new Engine;
  if (!e->trie.LoadPreparedDict(in, error)) {
    delete e;
    return 0;
  }
  if (user_size > 0) e->trie.LoadUserDict(user, user_size);
  if (!e->model.LoadPrepared(in)) {
    delete e;
    error = "the prepared HMM model is damaged";
    return 0;
  }
  engine = e;
  return 1;
}

EMSCRIPTEN_KEEPALIVE const char* jw_error() {
  return error.c_str();
}

EMSCRIPTEN_KEEPALIVE char* jw_input(size_t size) {
  if (input.size() < size) input.resize(size);
  return input.data();
}

EMSCRIPTEN_KEEPALIVE int jw_cut(size_t size, int with_tags) {
  ends.clear();
  tags.clear();
  if (engine == NULL || size > input.size()) return -1;
  text.assign(input.data(), size);
  // PreFilter decodes the text into runes; the word ranges point into it.
  PreFilter pre_filter(engine->segment.Separators(), text);
  ranges.clear();
  ranges.reserve(text.size() / 2);
  engine->segment.CutRanges(pre_filter, ranges);
  ends.reserve(ranges.size());
  uint32_t offset = 0;
  std::string word;
  for (size_t i = 0; i < ranges.size(); i++) {
    const WordRange& wr = ranges[i];
    for (RuneStrArray::const_iterator r = wr.left; r <= wr.right; ++r) offset += r->len == 4 ? 2 : 1;
    ends.push_back(offset);
    if (with_tags) {
      // PosTagger::Tag: each word of the cut, looked up as a string.
      word.assign(text, wr.left->offset, wr.right->offset + wr.right->len - wr.left->offset);
      tags.push_back(TagId(engine->segment.LookupTag(word)));
    }
  }
  return int(ends.size());
}

EMSCRIPTEN_KEEPALIVE const uint32_t* jw_ends() {
  return ends.data();
}

EMSCRIPTEN_KEEPALIVE const uint32_t* jw_tags() {
  return tags.data();
}

EMSCRIPTEN_KEEPALIVE const char* jw_tag_name(uint32_t id) {
  return id < tag_names.size() ? tag_names[id].data() : "";
}

EMSCRIPTEN_KEEPALIVE size_t jw_tag_name_length(uint32_t id) {
  return id < tag_names.size() ? tag_names[id].size() : 0;
}

// Words in the loaded dictionaries and trie nodes, for diagnostics.
EMSCRIPTEN_KEEPALIVE size_t jw_word_count() {
  return engine ? engine->trie.WordCount() : 0;
}

EMSCRIPTEN_KEEPALIVE size_t jw_node_count() {
  return engine ? engine->trie.NodeCount() : 0;
}

}  // extern "C"
