evaluate(new File(itSupport, 'reactor-selection.groovy')).setup(basedir, itSupport)
