/** Small shared helpers of the library. Not API: may change without notice. */
package org.plenary.internal;
