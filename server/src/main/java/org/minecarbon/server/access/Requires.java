package org.minecarbon.server.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.minecarbon.app.access.Permission;

/**
 * The access rule of a controller method (API or UI). Every handler method carries either this or
 * {@link PublicEndpoint}; the authorization-matrix test fails for a handler with neither.
 *
 * <p>The signed-in user must hold {@link #value()} through one of its roles (else 403). When {@link
 * #enterprise()} names a path variable, the enterprise with that id must belong to the user's group
 * and lie in the user's enterprise scope — otherwise the request is answered as if the enterprise
 * did not exist (404), so ids of other tenants are not disclosed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
  Permission value();

  /** Name of the path variable holding the enterprise id, or empty for group-level endpoints. */
  String enterprise() default "";
}
