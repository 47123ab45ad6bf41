/**
 * Bilingual (Chinese/English) names of coded vocabularies and the language that picks between them.
 */
@NullMarked
package org.minecarbon.core.text;

import org.jspecify.annotations.NullMarked;
