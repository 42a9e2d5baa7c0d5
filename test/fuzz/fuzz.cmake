# fuzz.cmake: libFuzzer targets (test/fuzz/README.md), included by the top
# CMakeLists.txt when -DDTC_FUZZ=ON.  Needs clang (CC=clang-19) and Debian's
# libclang-rt-19-dev; every target is built with ASan+UBSan.
#   fuzz_frontend  lexer -> parser -> sema -> C emission (no clang)
#   fuzz_object    everything dtrun does with an object before libbpf loads it
if(NOT CMAKE_C_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "DTC_FUZZ needs clang: CC=clang-19 CXX=clang++-19 cmake -DDTC_FUZZ=ON ...")
endif()
set(DTC_FUZZ_FLAGS -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
    -fno-omit-frame-pointer -g -O1)

# The compiler minus its command line (main.c) and clang (driver.cpp).
set(FUZZ_DTC_SOURCES ${DTC_C_SOURCES} ${DTC_RUNTIME_SOURCES}
    ${BISON_dtc_parser_OUTPUTS} ${FLEX_dtc_lexer_OUTPUTS})
list(REMOVE_ITEM FUZZ_DTC_SOURCES ${CMAKE_SOURCE_DIR}/compiler/main.c)
add_executable(fuzz_frontend ${CMAKE_SOURCE_DIR}/test/fuzz/fuzz_frontend.c ${FUZZ_DTC_SOURCES})
target_include_directories(fuzz_frontend PRIVATE ${CMAKE_SOURCE_DIR}/compiler
                           ${CMAKE_SOURCE_DIR}/runtime ${GEN_DIR})
target_include_directories(fuzz_frontend SYSTEM PRIVATE ${LIBBPF_INCLUDE_DIR} ${LIBELF_INCLUDE_DIR})
target_compile_definitions(fuzz_frontend PRIVATE
  DTC_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  DTC_INSTALL_DATADIR="${CMAKE_INSTALL_FULL_DATADIR}/dtc"
  DTC_CLANG_RESOURCE_DIR="${DTC_CLANG_RESOURCE_DIR}"
  DTC_MULTIARCH_INCLUDE="/usr/include/${DTC_MULTIARCH}"
  DTC_VERSION="${PROJECT_VERSION}"
  DTC_FUZZ_BTF="${CMAKE_SOURCE_DIR}/test/lit/Inputs/min.btf")
target_compile_options(fuzz_frontend PRIVATE ${DTC_FUZZ_FLAGS})
target_link_options(fuzz_frontend PRIVATE ${DTC_FUZZ_FLAGS})
target_link_libraries(fuzz_frontend PRIVATE ${LIBBPF_LIBRARY} ${LIBELF_LIBRARY} ${LIBZ_LIBRARY})

# The loader minus its command line (main.c).
set(FUZZ_DTRUN_SOURCES ${DTRUN_SOURCES})
list(REMOVE_ITEM FUZZ_DTRUN_SOURCES ${CMAKE_SOURCE_DIR}/loader/main.c)
add_executable(fuzz_object ${CMAKE_SOURCE_DIR}/test/fuzz/fuzz_object.c ${FUZZ_DTRUN_SOURCES})
add_dependencies(fuzz_object syscalls_gen)
target_include_directories(fuzz_object PRIVATE ${CMAKE_SOURCE_DIR}/loader
                           ${CMAKE_SOURCE_DIR}/runtime ${GEN_DIR})
target_include_directories(fuzz_object SYSTEM PRIVATE ${LIBBPF_INCLUDE_DIR} ${LIBELF_INCLUDE_DIR})
target_compile_definitions(fuzz_object PRIVATE DTC_VERSION="${PROJECT_VERSION}")
target_compile_options(fuzz_object PRIVATE ${DTC_FUZZ_FLAGS})
target_link_options(fuzz_object PRIVATE ${DTC_FUZZ_FLAGS})
target_link_libraries(fuzz_object PRIVATE ${LIBBPF_LIBRARY} ${LIBELF_LIBRARY} ${LIBZ_LIBRARY})
