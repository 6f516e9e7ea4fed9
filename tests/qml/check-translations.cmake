# Fails when a word the visitor sees or hears is not translated: copies the catalogues, runs
# lupdate over the same folders as the build (QML qsTr() and the C++ tables'
# TranslatableText::translate()) into the copies, and looks for new or unfinished messages, and
# for catalogue entries no source uses any more (a sign lupdate stopped seeing some sources).
# SOURCES is the ;-list of folders; every CATALOGUE_DIR/*.ts is checked, so a new language is too.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(GLOB CATALOGUES ${CATALOGUE_DIR}/*.ts)
set(problems "")
foreach(path ${CATALOGUES})
  get_filename_component(catalogue ${path} NAME)
  file(COPY ${path} DESTINATION ${WORK_DIR})
  file(STRINGS ${path} before REGEX "<message")
  list(LENGTH before before_count)
  execute_process(
    COMMAND ${LUPDATE} -no-obsolete -locations none ${SOURCES} -ts ${WORK_DIR}/${catalogue}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
  endif()
  file(STRINGS ${WORK_DIR}/${catalogue} unfinished REGEX "type=\"unfinished\"")
  list(LENGTH unfinished count)
  if(count GREATER 0)
    file(READ ${WORK_DIR}/${catalogue} text)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" missing "${text}")
    string(REPLACE ";" "\n" missing "${missing}")
    string(APPEND problems "${catalogue}: ${count} string(s) without a translation:\n${missing}\n")
    continue()
  endif()
  file(STRINGS ${WORK_DIR}/${catalogue} after REGEX "<message")
  list(LENGTH after after_count)
  if(NOT after_count EQUAL before_count)
    string(APPEND problems "${catalogue}: ${before_count} messages in the catalogue, ${after_count} in the sources; "
                           "refresh it with the kiosk_catalogues_lupdate target\n")
    continue()
  endif()
  message(STATUS "${catalogue}: all ${after_count} strings translated")
endforeach()
if(problems)
  message(FATAL_ERROR "${problems}")
endif()
