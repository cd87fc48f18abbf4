def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
def w = { String name, Object content -> def f = new File(basedir, name); f.parentFile.mkdirs(); if (content instanceof byte[]) { f.bytes = content } else { f.setText(content, 'UTF-8') } }
w('pyproject.toml', '''[build-system]
requires = ["setuptools>=61"]

[project]
name = "demo"
version = "0.1.0"
authors = [{ name = "Ada", email = "ada@example.org" }]
dependencies = [
  "requests>=2",  # http
]

[tool.ruff.lint]
select = ["E", "F"]
per-file-ignores."tests/*" = ["S101"]
''')
w('crates/app/Cargo.toml', '''[package]
name = "app"
version = "0.1.0"
edition = "2021"
released = 2024-02-29T10:00:00Z

[dependencies]
serde = { version = "1", features = ["derive"] }

[[bin]]
name = "app"
[[bin]]
name = "tool"
''')
w('Pipfile', '[[source]]\nurl = "https://pypi.example/simple"\nverify_ssl = true\n\n[packages]\nrequests = "*"\n')
w('notes.txt', 'a = 1\na = 2\n')
w('broken/dup.toml', 'name = "x"\nversion = 1\nname = "y"\n')
w('broken/redefined.toml', '[fruit]\napple = 1\n[fruit]\npear = 2\n')
w('broken/escape.toml', 'a = "\\x41"\n')
w('broken/poetry.lock', '[metadata]\ncontent-hash = "abc"\nlocked = 2023-02-29\n')
w('broken/latin1.toml', ([0x61, 0x20, 0x3D, 0x20, 0x22, 0x63, 0x61, 0x66, 0xE9, 0x22, 0x0A] as byte[]))
git.init(basedir)
return true
