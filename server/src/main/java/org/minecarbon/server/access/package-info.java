/**
 * Who may do what: roles, permissions and the annotations every endpoint declares its rule with.
 */
@NullMarked
package org.minecarbon.server.access;

import org.jspecify.annotations.NullMarked;
