// A source archive (git archive HEAD | tar x): the project without .git. GIT_CEILING_DIRECTORIES
// (set for every IT in it/pom.xml) keeps the search from finding the Tollgate checkout around it.
assert !new File(basedir, '.git').exists()
true
