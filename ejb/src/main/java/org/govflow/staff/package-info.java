/**
 * Staff accounts, their department and roles, and the sign-in rules around Elytron's JDBC realm:
 * hashing, disabling, and locking an account after repeated failures.
 */
package org.govflow.staff;
