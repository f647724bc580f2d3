// Stands in for cppjieba's HMMModel.hpp in the WebAssembly build: the same struct (and include
// guard, so cppjieba's HMMSegment compiles against it unchanged), loaded from memory instead of
// a file: either hmm_model.utf8's text (LoadModel is HMMModel::LoadModel line for line, reading
// lines as std::getline reads them from the file) or the numbers scripts/prepare-wasm-dict.js
// has already read from it (LoadPrepared).
#ifndef CPPJIEBA_HMMMODEL_H
#define CPPJIEBA_HMMMODEL_H

#include <cstring>
#include <string>
#include "limonp/StringUtil.hpp"
#include "cppjieba/Trie.hpp"
#include "PreparedReader.hpp"

namespace cppjieba {

using namespace limonp;
typedef unordered_map<Rune, double> EmitProbMap;

struct HMMModel {
  /*
   * STATUS:
   * 0: HMMModel::B, 1: HMMModel::E, 2: HMMModel::M, 3:HMMModel::S
   * */
  enum {B = 0, E = 1, M = 2, S = 3, STATUS_SUM = 4};

  // cppjieba's file-reading constructor: declared for code that mentions it, never defined.
  explicit HMMModel(const string& modelPath);

  HMMModel() : data_(NULL), end_(NULL) {
    memset(startProb, 0, sizeof(startProb));
    memset(transProb, 0, sizeof(transProb));
    statMap[0] = 'B';
    statMap[1] = 'E';
    statMap[2] = 'M';
    statMap[3] = 'S';
    emitProbVec.push_back(&emitProbB);
    emitProbVec.push_back(&emitProbE);
    emitProbVec.push_back(&emitProbM);
    emitProbVec.push_back(&emitProbS);
  }

  // HMMModel::LoadModel; returns false where it would XCHECK-abort.
  bool LoadModel(const char* data, size_t size) {
    data_ = data;
    end_ = data + size;
    string line;
    vector<string> tmp;
    //Load startProb
    if (!GetLine(line)) return false;
    Split(line, tmp, " ");
    if (tmp.size() != STATUS_SUM) return false;
    for (size_t j = 0; j < tmp.size(); j++) {
      startProb[j] = atof(tmp[j].c_str());
    }

    //Load transProb
    for (size_t i = 0; i < STATUS_SUM; i++) {
      if (!GetLine(line)) return false;
      Split(line, tmp, " ");
      if (tmp.size() != STATUS_SUM) return false;
      for (size_t j = 0; j < STATUS_SUM; j++) {
        transProb[i][j] = atof(tmp[j].c_str());
      }
    }

    //Load emitProbB, emitProbE, emitProbM, emitProbS
    for (size_t i = 0; i < STATUS_SUM; i++) {
      if (!GetLine(line) || !LoadEmitProb(line, *emitProbVec[i])) return false;
    }
    data_ = end_ = NULL;
    return true;
  }

  // The model as scripts/prepare-wasm-dict.js writes it: the same numbers, already parsed.
  bool LoadPrepared(PreparedReader& in) {
    for (size_t j = 0; j < STATUS_SUM; j++) startProb[j] = in.F64();
    for (size_t i = 0; i < STATUS_SUM; i++) {
      for (size_t j = 0; j < STATUS_SUM; j++) transProb[i][j] = in.F64();
    }
    for (size_t i = 0; i < STATUS_SUM && in.ok(); i++) {
      EmitProbMap& mp = *emitProbVec[i];
      size_t n = size_t(in.Varint());
      mp.reserve(n);
      Rune rune = 0;
      for (size_t k = 0; k < n && in.ok(); k++) {
        rune += Rune(in.Varint());
        mp[rune] = in.F64();
      }
    }
    return in.ok();
  }

  double GetEmitProb(const EmitProbMap* ptMp, Rune key,
        double defVal)const {
    EmitProbMap::const_iterator cit = ptMp->find(key);
    if (cit == ptMp->end()) {
      return defVal;
    }
    return cit->second;
  }

  // HMMModel::GetLine over the buffer: the next line that is not empty or a # comment, trimmed.
  bool GetLine(string& line) {
    while (data_ < end_) {
      const char* nl = static_cast<const char*>(memchr(data_, '\n', end_ - data_));
      const char* line_end = nl ? nl : end_;
      line.assign(data_, line_end - data_);
      data_ = nl ? nl + 1 : end_;
      Trim(line);
      if (line.empty()) {
        continue;
      }
      if (StartsWith(line, "#")) {
        continue;
      }
      return true;
    }
    return false;
  }

  bool LoadEmitProb(const string& line, EmitProbMap& mp) {
    if (line.empty()) {
      return false;
    }
    vector<string> tmp, tmp2;
    Unicode unicode;
    Split(line, tmp, ",");
    mp.reserve(tmp.size());
    for (size_t i = 0; i < tmp.size(); i++) {
      Split(tmp[i], tmp2, ":");
      if (2 != tmp2.size()) {
        return false;
      }
      if (!DecodeRunesInString(tmp2[0], unicode) || unicode.size() != 1) {
        return false;
      }
      mp[unicode[0]] = atof(tmp2[1].c_str());
    }
    return true;
  }

  char statMap[STATUS_SUM];
  double startProb[STATUS_SUM];
  double transProb[STATUS_SUM][STATUS_SUM];
  EmitProbMap emitProbB;
  EmitProbMap emitProbE;
  EmitProbMap emitProbM;
  EmitProbMap emitProbS;
  vector<EmitProbMap* > emitProbVec;

 private:
  const char* data_;
  const char* end_;
}; // struct HMMModel

} // namespace cppjieba

#endif
