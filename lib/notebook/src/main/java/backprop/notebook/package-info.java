/** What the notebooks use besides the maths: checks that print one line per claim and stop the notebook when a
 * claim is false. */
package backprop.notebook;
