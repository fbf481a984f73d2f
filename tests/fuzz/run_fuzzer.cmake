# Runs one fuzzer for MOTCUA_FUZZ_SECONDS (default 8) from the committed corpus; fails on a crash.
if(DEFINED ENV{MOTCUA_FUZZ_SECONDS})
  set(seconds $ENV{MOTCUA_FUZZ_SECONDS})
else()
  set(seconds 8)
endif()
file(REMOVE_RECURSE ${SCRATCH})
file(MAKE_DIRECTORY ${SCRATCH})
execute_process(COMMAND ${FUZZER} ${SCRATCH} ${CORPUS} -max_total_time=${seconds} -max_len=4096 -timeout=10
                        -artifact_prefix=${SCRATCH}/
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "fuzzer ${FUZZER} failed (${rc}); the crashing input is in ${SCRATCH}")
endif()
