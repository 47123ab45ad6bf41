/**
 * Who acts and what they may see: the {@link org.minecarbon.app.access.Actor} port, roles,
 * permissions, enterprise/site scope and the tenancy checks every use case applies.
 */
@NullMarked
package org.minecarbon.app.access;

import org.jspecify.annotations.NullMarked;
