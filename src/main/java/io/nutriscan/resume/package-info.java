/**
 * {@code --resume}: what a JSON Lines output already holds ({@link io.nutriscan.resume.ResumeLog}, which cuts off a torn
 * last line) and the inputs left once those are skipped ({@link io.nutriscan.resume.SkipDone}, which refuses a file
 * written from other inputs). Uses the model and the output's record codec; the engine uses it.
 */
package io.nutriscan.resume;
