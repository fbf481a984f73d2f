# ctest fixture for the screenshot tests: a fresh demo store with one signed apology slip, so the
# look-up screen has everything to show.  cmake -DMOTCUA=… -DDB=… -P demo_db.cmake
file(REMOVE "${DB}" "${DB}-wal" "${DB}-shm")
file(REMOVE_RECURSE "${DB}.files")  # the digitised papers beside the store (issue 15)
get_filename_component(dir "${DB}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}" "${dir}/printed")
set(now "2026-11-23 10:15")
execute_process(COMMAND "${MOTCUA}" --db "${DB}" --now "${now}" init --demo RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "motcua init --demo failed: ${err}")
endif()
execute_process(COMMAND "${MOTCUA}" --db "${DB}" --now "${now}" --as lanhdao apology sign --id 1
                        --reason "Chờ xác minh thông tin hộ tịch tại nơi đăng ký trước đây"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "motcua apology sign failed: ${err}")
endif()
