# Fails when a visible string is not translated: copies the catalogues, runs lupdate over the
# QML and C++ sources into the copies, and looks for new or unfinished messages.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
foreach(catalogue kiosk_zh_CN.ts kiosk_en.ts)
  file(COPY ${SOURCE_DIR}/translations/${catalogue} DESTINATION ${WORK_DIR})
  execute_process(
    COMMAND ${LUPDATE} -no-obsolete -locations none ${SOURCE_DIR}/qml ${SOURCE_DIR}/kiosk -ts ${WORK_DIR}/${catalogue}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
  endif()
  file(STRINGS ${WORK_DIR}/${catalogue} unfinished REGEX "type=\"unfinished\"")
  list(LENGTH unfinished count)
  if(count GREATER 0)
    file(READ ${WORK_DIR}/${catalogue} text)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" missing "${text}")
    message(FATAL_ERROR "${catalogue}: ${count} string(s) without a translation:\n${missing}")
  endif()
  message(STATUS "${catalogue}: every string translated")
endforeach()
