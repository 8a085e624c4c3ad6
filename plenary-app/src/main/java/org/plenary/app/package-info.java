/** The plenary command line. */
package org.plenary.app;
