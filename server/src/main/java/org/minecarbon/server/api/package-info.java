/** REST API under /api/v1: JSON in the contract formats of io, errors as RFC 9457 problem+json. */
@NullMarked
package org.minecarbon.server.api;

import org.jspecify.annotations.NullMarked;
