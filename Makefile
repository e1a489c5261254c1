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

.PHONY: all deps build test lint spec bench install demo clean

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
	./bin/zhtext analyze examples/data/changshan-2024-part1.txt --format md

clean:
	rm -rf build *.o csrc/*.o
