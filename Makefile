# zhtext: build, test, lint, bench, install, demo.
# Everything runs from the checkout: the C module is built into build/ and
# bin/zhtext, busted (.busted) and the benches put lua/ and build/ on the paths.

LUA      ?= lua5.4
CC       ?= cc
CFLAGS   ?= -O2
WARN     := -std=c99 -Wall -Wextra -pedantic -Werror
LUA_INC  := $(shell pkg-config --cflags lua5.4 2>/dev/null || echo -I/usr/include/lua5.4)
CORE_SRC := csrc/lzhtext.c csrc/sentence.c csrc/number.c csrc/text.c
CORE_HDR := $(wildcard csrc/*.h)
CORE     := build/zhtext/core.so
ROCKSPEC := rockspec/zhtext-scm-1.rockspec
LUAROCKS := luarocks --lua-version=5.4

# Debian 12 packages zhtext needs (DESIGN.md "Dependencies").
DEBS := lua5.4 liblua5.4-dev lua-lpeg libutf8proc-dev lua-cjson lua-argparse \
        lua-busted lua-check luarocks pkg-config gcc make
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build test lint spec bench install demo repl clean
.PHONY: fuzz fuzz-deps fuzz-build test-asan test-valgrind scale

all: build

deps:
	@missing=$$(for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: $(CORE)

$(CORE): $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) -fPIC -shared $(LUA_INC) -Icsrc -o $@ $(CORE_SRC) -lutf8proc

spec: build
	busted

lint:
	luacheck --no-color -q lua spec bin bench examples

test: spec lint

bench: build
	$(LUA) bench/run.lua

install:
	$(LUAROCKS) make --deps-mode=none $(ROCKSPEC)

demo: deps build
	./bin/zhtext analyze examples/data/changshan-2024-part1.txt --rules indicators,rankings,counts --format md --width 28

# the REPL with zhtext loaded as the global `zhtext`, straight from the checkout
repl: build
	LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/?.so;;' $(LUA) -i -l zhtext

clean:
	rm -rf build *.o csrc/*.o

# ---- reliability: fuzzing, sanitizers, scale (fuzz/, bench/scale.sh) ----
# make fuzz FUZZ_SECONDS=N [FUZZ_RUNS=N] [FUZZ_TARGETS="text sentence"]
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= $(patsubst fuzz/%_fuzz.c,%,$(wildcard fuzz/*_fuzz.c))
FUZZ_CC      ?= clang
FUZZ_FLAGS   := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined $(FUZZ_EXTRA)
PURE_C       := csrc/sentence.c csrc/number.c csrc/text.c
FUZZ_DEBS    := clang libclang-rt-14-dev

fuzz-deps:
	@missing=$$(for p in $(FUZZ_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

fuzz/bin/%_fuzz: fuzz/%_fuzz.c $(PURE_C) $(CORE_HDR)
	@mkdir -p fuzz/bin
	$(FUZZ_CC) $(FUZZ_FLAGS) -Icsrc -o $@ $< $(PURE_C) -lutf8proc

fuzz-build: fuzz-deps $(FUZZ_TARGETS:%=fuzz/bin/%_fuzz)

fuzz: fuzz-build
	$(LUA) fuzz/lexicon.lua > fuzz/bin/lexicon.txt
	sh fuzz/seed.sh $(FUZZ_TARGETS)
	sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The suite against the C module built with ASan+UBSan (build/asan/), run by
# a small lua5.4 host that has the sanitizer runtime linked in (fuzz/asan_lua.c):
# LD_PRELOAD would also load it into every program a spec starts.
ASAN_CORE  := build/asan/zhtext/core.so
ASAN_LUA   := build/asan/lua
ASAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all
ASAN_ENV   := ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

$(ASAN_CORE): $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(dir $@)
	gcc $(ASAN_FLAGS) $(WARN) -fPIC -shared $(LUA_INC) -Icsrc -o $@ $(CORE_SRC) -lutf8proc

$(ASAN_LUA): fuzz/asan_lua.c
	@mkdir -p $(dir $@)
	gcc $(ASAN_FLAGS) $(WARN) $(LUA_INC) -o $@ $< $$(pkg-config --libs lua5.4 2>/dev/null || echo -llua5.4)

test-asan: $(ASAN_CORE) $(ASAN_LUA)
	$(ASAN_ENV) $(ASAN_LUA) /usr/bin/busted --ignore-lua --cpath='build/asan/?.so' --helper=fuzz/asan_helper.lua

# memcheck over the suite (the plain build): no errors, no definite leaks.
VALGRIND := valgrind --quiet --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite --show-leak-kinds=definite
test-valgrind: build
	$(VALGRIND) $(LUA) /usr/bin/busted --ignore-lua $(VALGRIND_SPECS)

# A 1 GB input split and scanned, with peak memory (not in CI: minutes).
scale: build
	sh bench/scale.sh
