# One screenshot smoke test: motcua-kiosk draws SCREEN at WxH under Xvfb and writes a PNG, which
# kiosk_png_check reads back (right size, not blank).
# cmake -DKIOSK=… -DCHECK=… -DDB=… -DSCREEN=home -DW=1080 -DH=1920 -DOUT=….png -P screenshot_test.cmake
file(REMOVE "${OUT}")
get_filename_component(dir "${DB}" DIRECTORY)
execute_process(
  COMMAND xvfb-run -a -s "-screen 0 2000x2000x24" "${KIOSK}" --db "${DB}" --now "2026-11-23 10:15"
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
