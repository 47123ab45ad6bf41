/** Browser UI: Spring MVC controllers rendering Thymeleaf pages and htmx fragments. */
@NullMarked
package org.minecarbon.server.ui;

import org.jspecify.annotations.NullMarked;
