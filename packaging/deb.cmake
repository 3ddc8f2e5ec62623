# packaging/deb.cmake — install rules for the kiosk session and the Debian package (CPack DEB).
#
# Included from the top-level CMakeLists.txt. Build the package with packaging/build-deb.sh (one command; it
# runs cpack in an existing build tree, so CI does not build twice).
#
# Why CPack and not debhelper: the package is made from the tree CI has already built and tested (no second
# 10-minute build on a 2-core machine), from the same install() rules a developer uses, with no debian/
# folder that would repeat the build. dpkg-shlibdeps still computes the library dependencies and the
# maintainer scripts are short and hand-written (packaging/deb/). debhelper would be the better choice for
# an upload to the Debian archive (source package, dh_strip's -dbgsym, dh_installsystemd's snippets).

# --- Kiosk session: units, the cage wrapper, the config file, docs ------------------------------------------
# Absolute destinations: these paths are fixed by systemd and Debian policy, not by the install prefix.
install(FILES ${CMAKE_SOURCE_DIR}/packaging/systemd/matchbooth-kiosk.service
              ${CMAKE_SOURCE_DIR}/packaging/systemd/matchbooth-board.service
        DESTINATION /lib/systemd/system)
install(PROGRAMS ${CMAKE_SOURCE_DIR}/packaging/kiosk-session DESTINATION /usr/libexec/matchbooth)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/matchbooth.conf DESTINATION /etc/matchbooth)

# Debian wants its changelog and copyright under /usr/share/doc/<package>, the changelog gzipped -9n.
file(STRINGS ${CMAKE_SOURCE_DIR}/packaging/deb/changelog _changelog_head LIMIT_COUNT 1)
if(NOT _changelog_head MATCHES "^matchbooth \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "packaging/deb/changelog: add an entry for ${PROJECT_VERSION} (first line: ${_changelog_head})")
endif()
set(_doc_dir ${CMAKE_BINARY_DIR}/packaging/doc)
file(MAKE_DIRECTORY ${_doc_dir})
configure_file(${CMAKE_SOURCE_DIR}/packaging/deb/changelog ${_doc_dir}/changelog COPYONLY)
execute_process(COMMAND gzip -9nf ${_doc_dir}/changelog RESULT_VARIABLE _gzip_failed)
if(_gzip_failed)
    message(FATAL_ERROR "gzip failed on ${_doc_dir}/changelog")
endif()
install(FILES ${_doc_dir}/changelog.gz ${CMAKE_SOURCE_DIR}/packaging/deb/copyright DESTINATION share/doc/matchbooth)

# --- CPack DEB ---------------------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME matchbooth)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "Seed 62481453 maintainers <maintainers@users.noreply.r-seed-62481453.example>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "touchscreen check-in kiosk and live board for mentoring mixers")
# CPack puts the summary on the Description: line and indents these lines itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Attendees check in at a touchscreen, a live board suggests mentor-mentee pairs
with the reasons for each, and people exchange vCard QR codes. The package
includes a systemd unit that runs the kiosk full screen under cage at boot
(matchbooth-kiosk.service, not enabled on install) and its settings file,
/etc/matchbooth/matchbooth.conf.")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)                  # matchbooth_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)                   # libraries: dpkg-shlibdeps on the installed binary
# What dpkg-shlibdeps cannot see: the font files (Inter; Noto for names in other scripts), the GL driver
# (libGL dlopens it), the kiosk session (cage and its Xwayland, a logind session for the seat) and adduser
# for the postinst.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-inter, fonts-noto-core, fonts-noto-cjk, libgl1-mesa-dri, cage, xwayland, libpam-systemd, adduser")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cups")                # badge printing to a local queue
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_SOURCE_DIR}/packaging/deb/postinst ${CMAKE_SOURCE_DIR}/packaging/deb/prerm
    ${CMAKE_SOURCE_DIR}/packaging/deb/postrm ${CMAKE_SOURCE_DIR}/packaging/deb/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)   # 0755 scripts, 0644 conffiles, as lintian wants
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_STRIP_FILES ON)                                # RelWithDebInfo tree; the package ships stripped
set(CPACK_WARN_ON_ABSOLUTE_INSTALL_DESTINATION OFF)      # /lib/systemd, /etc are absolute on purpose
include(CPack)
