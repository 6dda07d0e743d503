#ifndef MUSTER_CLIBXML2_SHIM_H
#define MUSTER_CLIBXML2_SHIM_H

// Foundation on Linux brings its own ICU module; libxml2's ICU headers clash with it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
#include <libxml/xmlmemory.h>

// `xmlFree` is a mutable global function pointer, which Swift 6 rejects as unsafe shared state.
static inline void muster_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
