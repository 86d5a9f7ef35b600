/**
 * Reading and writing the SDK's JSON documents: the one exception type that malformed or invalid input raises.
 */
@NullMarked
package coop.ess.json;

import org.jspecify.annotations.NullMarked;
