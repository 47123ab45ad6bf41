package org.minecarbon.server.access;

/**
 * The details of an authentication made with an API token (set by the token filter), so that the
 * {@link CurrentUser} can tell a token request from a password-proven one.
 *
 * @param tokenId the token's id
 */
public record ApiTokenDetails(long tokenId) {}
