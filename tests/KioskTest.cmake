# The precompiled headers every test reuses: compiled once here rather than once per test
# executable. Only Qt Core: Qt Test defines QT_TESTCASE_BUILDDIR as each test's own folder, and
# GCC refuses a precompiled header made with a different value.
add_library(kiosk_test_precompiled STATIC ${CMAKE_CURRENT_LIST_DIR}/precompiledheaders.cpp)
target_link_libraries(kiosk_test_precompiled PRIVATE Qt6::Core)
kiosk_precompile_headers(kiosk_test_precompiled)

# kiosk_add_test(NAME SOURCES ... LIBRARIES ... [LABELS ...] [CATALOGUES])
# A Qt Test executable registered with CTest. Tests run headless (offscreen platform) and in
# Qt's test mode for standard paths, so they never touch a real user's files. Exit status 77
# means "skipped": a test whose environment cannot run says so instead of passing.
# CATALOGUES: the kiosk's compiled catalogues resolve core::TranslatableText (Mandarin words),
# as in the kiosk; without it a test sees the English sources, as the server does.
function(kiosk_add_test name)
  cmake_parse_arguments(ARG "CATALOGUES" "" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
  kiosk_reuse_precompiled_headers(${name} kiosk_test_precompiled)
  if(ARG_CATALOGUES)
    target_sources(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/usecatalogues.cpp)
    target_link_libraries(${name} PRIVATE kiosk_catalogues)
  endif()
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    SKIP_RETURN_CODE 77
    LABELS "${ARG_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false;${ARG_ENVIRONMENT}")
endfunction()
