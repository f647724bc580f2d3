/** Extensions read as Word documents; .doc and .wps are named so they get a clear message. */
export const DOCX_EXTENSIONS = /\.(docx|docm|dotx|dotm)$/i;
export const LEGACY_WORD_EXTENSIONS = /\.(doc|dot|wps)$/i;
