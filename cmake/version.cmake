# Writes OUT with the version and the git commit the build comes from, rewriting it only when
# either changed, so a new commit is seen without reconfiguring and nothing else rebuilds.
# Run as: cmake -DSOURCE=... -DOUT=... -DVERSION=... -P version.cmake
execute_process(COMMAND git -C "${SOURCE}" describe --always --dirty --abbrev=12
  OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE failed)
if(failed OR commit STREQUAL "")
  set(commit "unknown commit")
endif()
set(content "// Generated at build time by cmake/version.cmake.\n#pragma once\n#define PREPKIT_VERSION \"${VERSION}\"\n#define PREPKIT_COMMIT \"${commit}\"\n")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL content)
  file(WRITE "${OUT}" "${content}")
endif()
