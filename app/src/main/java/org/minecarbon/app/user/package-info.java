/** User administration: accounts, roles, scope and API tokens of a group. */
@NullMarked
package org.minecarbon.app.user;

import org.jspecify.annotations.NullMarked;
