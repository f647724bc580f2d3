#!/usr/bin/env bash
# Builds jieba for WebAssembly (wasm/README.md): `bash scripts/build-wasm.sh [OUT]` writes
#   OUT/jieba.wasm      cppjieba (nodejs-jieba's deps/cppjieba) + wasm/src/jieba_wasm.cpp
#   OUT/jieba.js        emscripten's JS glue (a CommonJS factory, createJiebaModule)
#   OUT/jieba-dict.bin  jieba.dict.utf8 and hmm_model.utf8 prepared (scripts/prepare-wasm-dict.js)
# OUT defaults to wasm/dist, the committed build. Needs `npm ci` (for nodejs-jieba's sources and
# dictionaries) and Debian's emscripten: apt-get install -y emscripten node-acorn.
# The flags are fixed here; with the same emscripten (3.1.6) the output is the same byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-wasm/dist}
mkdir -p "$out"

expected_emcc="3.1.6"
if ! command -v em++ >/dev/null; then
  echo "build-wasm: em++ not found; install emscripten (apt-get install -y emscripten node-acorn)" >&2
  exit 1
fi
version=$(em++ --version | sed -nE '1s/.* ([0-9]+\.[0-9]+\.[0-9]+).*/\1/p')
if [[ "$version" != "$expected_emcc" ]]; then
  echo "build-wasm: warning: emscripten $version, the committed build was made with $expected_emcc; the output may differ" >&2
fi
# Debian's emscripten runs its JS optimizer with the system's node and finds acorn in /usr/share/nodejs.
if [[ -d /usr/share/nodejs ]]; then export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}; fi

deps=node_modules/nodejs-jieba/deps
if [[ ! -f $deps/cppjieba/MixSegment.hpp ]]; then
  echo "build-wasm: $deps/cppjieba not found; run npm ci first" >&2
  exit 1
fi

# Relative paths keep the checkout's location out of the binary (__FILE__ in cppjieba's logging).
# -DLOGGING_LEVEL=LL_WARNING as nodejs-jieba's binding.gyp.
flags=(
  -O3 -std=c++11 -DNDEBUG -DLOGGING_LEVEL=LL_WARNING -Wno-deprecated-declarations
  -I "$deps" -I wasm/src
  -sMODULARIZE=1 -sEXPORT_NAME=createJiebaModule
  -sENVIRONMENT=web,worker,node -sSINGLE_FILE=0
  -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1
  -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0
  -sEXPORTED_FUNCTIONS=_malloc,_free
)
em++ "${flags[@]}" wasm/src/jieba_wasm.cpp -o "$out/jieba.js"
node scripts/prepare-wasm-dict.js "$out/jieba-dict.bin"
chmod 644 "$out/jieba.wasm" "$out/jieba.js" "$out/jieba-dict.bin"
ls -l "$out/jieba.wasm" "$out/jieba.js" "$out/jieba-dict.bin"
