evaluate(new File(itSupport, 'reactor-selection.groovy')).verify(basedir)
