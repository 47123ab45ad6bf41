/** Users, their roles and enterprise/site scope grants, and API tokens. */
@NullMarked
package org.minecarbon.store.user;

import org.jspecify.annotations.NullMarked;
