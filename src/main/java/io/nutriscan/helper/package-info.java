/**
 * Small helpers every package may use and none of which is about pages: the one buffer size for bulk streams, enum
 * constants as users type them, SHA-256 digests named as the tool prints them. Uses nothing of nutriscan's.
 */
package io.nutriscan.helper;
