package org.minecarbon.server.config;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused by the {@link LoginThrottle} (HTTP 429 for the API, a message on the page). */
public class TooManyAttemptsException extends AuthenticationException {
  public TooManyAttemptsException(String message) {
    super(message);
  }
}
