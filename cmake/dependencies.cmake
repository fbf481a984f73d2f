# Every dependency comes from a Debian package; nothing is downloaded at build time.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(GLIB REQUIRED IMPORTED_TARGET glib-2.0)
find_package(nlohmann_json 3 REQUIRED)
# The office LAN (issue 14, DESIGN.md §9): Debian's cpp-httplib (a compiled library built with
# OpenSSL; its pkg-config flags define CPPHTTPLIB_OPENSSL_SUPPORT) and OpenSSL for pinning.
find_package(OpenSSL REQUIRED)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
# The digital dossier (issue 15): qpdf checks every stored PDF.
pkg_check_modules(QPDF REQUIRED IMPORTED_TARGET libqpdf)
# Images become PDF pages: libjpeg (decode and encode), libpng, libtiff (multi-page); scanners
# through SANE; PDF pages drawn as thumbnails in the counter with poppler-glib.
pkg_check_modules(JPEG REQUIRED IMPORTED_TARGET libjpeg)
pkg_check_modules(PNG REQUIRED IMPORTED_TARGET libpng)
pkg_check_modules(TIFF REQUIRED IMPORTED_TARGET libtiff-4)
pkg_check_modules(SANE REQUIRED IMPORTED_TARGET sane-backends)
pkg_check_modules(POPPLER_GLIB REQUIRED IMPORTED_TARGET poppler-glib)
# Signed copies (issue 15 item 2): PoDoFo 0.9.8 writes the PAdES update, libp11 reaches the
# PKCS#11 token (OpenSSL's CMS signs through it); tests use SoftHSM2 and poppler's pdfsig.
pkg_check_modules(PODOFO REQUIRED IMPORTED_TARGET libpodofo)
pkg_check_modules(LIBP11 REQUIRED IMPORTED_TARGET libp11)
if(MOTCUA_BUILD_TESTS)
  find_package(Catch2 2 REQUIRED)
endif()
# The documents layer: QR codes, cairo (PDF/PNG), pango (text layout), fontconfig (fonts).
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo cairo-pdf)
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo)
pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig)
# The apps: Dear ImGui 1.86 (Debian's static library with the GLFW and OpenGL 3 back ends),
# GLFW, OpenGL (fontconfig above); freetype because Debian's libimgui.a carries imgui_freetype.
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3)
pkg_check_modules(FREETYPE REQUIRED IMPORTED_TARGET freetype2)
set(OpenGL_GL_PREFERENCE GLVND)
find_package(OpenGL REQUIRED)
