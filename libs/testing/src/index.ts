/**
 * What specs share, imported as @app/testing: decider specs' given/when/then. Test code only:
 * lint refuses it outside specs, test/ and `testing/` fixtures, and the apps' builds leave
 * every `testing/` folder out, so it never reaches a production bundle.
 */
export * from './given-when-then';
