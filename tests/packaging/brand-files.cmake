# cmake -DSOURCE_DIR=<repo> -DCONTENT_DIR=<content> -DOUT=<folder> -DPROJECT_VERSION=<v>
#       -P brand-files.cmake
# The brand's packaging files, made by the build's own functions (packaging/brand.cmake) without
# configuring or building the project: what packaging_brand checks.
include("${SOURCE_DIR}/packaging/brand.cmake")
trustbook_read_brand("${CONTENT_DIR}")
trustbook_configure_brand_files("${OUT}")
file(WRITE "${OUT}/brand.env" "binary='${TRUSTBOOK_BRAND_BINARY}'\nid='${TRUSTBOOK_BRAND_ID}'\n")
