// Reads the file scripts/prepare-wasm-dict.js writes (its header comment describes the layout).
#ifndef JIEBA_WASM_PREPARED_READER_HPP
#define JIEBA_WASM_PREPARED_READER_HPP

#include <cstring>
#include <stdint.h>

namespace cppjieba {

// Little-endian numbers and unsigned LEB128 varints; a read past the end sets !ok().
class PreparedReader {
 public:
  PreparedReader(const char* data, size_t size) : p_(reinterpret_cast<const uint8_t*>(data)), end_(p_ + size), ok_(true) {}

  bool ok() const { return ok_; }

  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ >= end_) return Fail();
      uint8_t b = *p_++;
      v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    return Fail();
  }

  uint32_t U32() {
    if (end_ - p_ < 4) return uint32_t(Fail());
    uint32_t v = uint32_t(p_[0]) | uint32_t(p_[1]) << 8 | uint32_t(p_[2]) << 16 | uint32_t(p_[3]) << 24;
    p_ += 4;
    return v;
  }

  double F64() {
    if (end_ - p_ < 8) return double(Fail());
    uint64_t bits = 0;
    for (int i = 7; i >= 0; i--) bits = bits << 8 | p_[i];
    p_ += 8;
    double v;
    memcpy(&v, &bits, sizeof v);
    return v;
  }

  const char* Bytes(size_t n) {
    if (size_t(end_ - p_) < n) {
      Fail();
      return NULL;
    }
    const char* b = reinterpret_cast<const char*>(p_);
    p_ += n;
    return b;
  }

 private:
  uint64_t Fail() {
    ok_ = false;
    p_ = end_;
    return 0;
  }
  const uint8_t* p_;
  const uint8_t* end_;
  bool ok_;
};

}  // namespace cppjieba

#endif  // JIEBA_WASM_PREPARED_READER_HPP
