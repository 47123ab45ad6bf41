/** Enforcement of the access rules: the interceptor every handler call passes. */
@NullMarked
package org.minecarbon.server.access.internal;

import org.jspecify.annotations.NullMarked;
