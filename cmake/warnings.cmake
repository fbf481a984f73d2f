# Warnings as an interface target, not global flags: every motcua target links motcua_warnings.
add_library(motcua_warnings INTERFACE)
target_compile_options(motcua_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Wunused -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
add_library(motcua::warnings ALIAS motcua_warnings)

# The language level, also as an interface target.
add_library(motcua_options INTERFACE)
target_compile_features(motcua_options INTERFACE cxx_std_20)
add_library(motcua::options ALIAS motcua_options)

# GCC 12 at -O3 reports impossible overlaps inside libstdc++'s string concatenation
# (GCC bug 105651); the warning is noise there, so it is off for GCC.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(motcua_warnings INTERFACE -Wno-restrict)
endif()
