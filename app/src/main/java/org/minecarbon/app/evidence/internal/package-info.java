/** Evidence storage with type, size and checksum rules. */
@NullMarked
package org.minecarbon.app.evidence.internal;

import org.jspecify.annotations.NullMarked;
