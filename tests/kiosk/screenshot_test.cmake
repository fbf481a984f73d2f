# One screenshot smoke test: motcua-kiosk draws SCREEN at WxH under a private Xvfb (with_xvfb.sh)
# and writes a PNG, which kiosk_png_check reads back (right size, not blank).
# cmake -DKIOSK=… -DCHECK=… -DDB=… -DSCREEN=home -DW=1080 -DH=1920 -DOUT=….png -P screenshot_test.cmake
file(REMOVE "${OUT}")
get_filename_component(dir "${DB}" DIRECTORY)
execute_process(
  COMMAND "${CMAKE_CURRENT_LIST_DIR}/with_xvfb.sh" "${KIOSK}" --db "${DB}" --now "2026-11-23 10:15"
          --printer "pdf:${dir}/printed" --size "${W}x${H}" --screen "${SCREEN}" --screenshot "${OUT}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "motcua-kiosk --screen ${SCREEN} exited ${rc}: ${out}${err}")
endif()
execute_process(COMMAND "${CHECK}" "${OUT}" "${W}" "${H}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "screenshot check failed: ${out}${err}")
endif()
message(STATUS "${out}")
