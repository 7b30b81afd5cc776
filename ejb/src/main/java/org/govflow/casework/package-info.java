/**
 * Cases: acceptance at the window (or submission by another system and checking at the window), the
 * snapshot of the item's flow taken on acceptance, step-by-step and joint approval in the departments
 * within working-day limits, suspensions, extensions, and issuance at the window.
 */
package org.govflow.casework;
