#!/usr/bin/env python3
"""Moves modules and rewrites every relative import that points at them (or from them).

Usage: scripts/move-modules.py MAPPING.json [--apply-moves]
MAPPING is {"old/path.ts": "new/path.ts", ...} relative to the repository root. With
--apply-moves it `git mv`s the files first. It is idempotent: run it again after merging a
branch written against the old paths and it rewrites that branch's imports too.
"""
import json, os, re, subprocess, sys

root = subprocess.check_output(['git', 'rev-parse', '--show-toplevel'], text=True).strip()
os.chdir(root)
mapping = {os.path.normpath(k): os.path.normpath(v) for k, v in json.load(open(sys.argv[1])).items()}
inverse = {v: k for k, v in mapping.items()}
if '--apply-moves' in sys.argv:
    for old, new in mapping.items():
        if os.path.exists(old):
            os.makedirs(os.path.dirname(new), exist_ok=True)
            subprocess.check_call(['git', 'mv', old, new])

EXTS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx']
def resolve(base_dir, spec, exists):
    p = os.path.normpath(os.path.join(base_dir, spec))
    for e in EXTS:
        if exists(p + e): return p + e
    return None
old_exists = lambda p: (p in mapping) or (os.path.isfile(p) and p not in inverse)
new_exists = os.path.isfile
SPEC = re.compile(r"""((?:from|import)\s*\(?\s*|vi\.mock\(\s*)(['"])(\.{1,2}/[^'"]+)\2""")

changed = 0
for d in ['src', 'tests', 'e2e', 'bench', 'scripts']:
    for dp, _, fs in os.walk(d):
        for f in fs:
            if not re.search(r'\.(ts|tsx|js|mjs)$', f): continue
            path = os.path.normpath(os.path.join(dp, f))
            old_path = inverse.get(path, path)
            src = open(path).read()
            def fix(m):
                spec = m.group(3)
                if resolve(os.path.dirname(path), spec, new_exists): return m.group(0)
                target_old = resolve(os.path.dirname(old_path), spec, old_exists)
                if not target_old: return m.group(0)
                target = mapping.get(target_old, target_old)
                # keep the style of the specifier: extension and /index as written
                written = os.path.normpath(os.path.join(os.path.dirname(old_path), spec))
                suffix = target_old[len(written):] if target_old.startswith(written) else ''
                new_target = target[: len(target) - len(suffix)] if suffix and target.endswith(suffix) else target
                rel = os.path.relpath(new_target, os.path.dirname(path))
                if not rel.startswith('.'): rel = './' + rel
                return m.group(1) + m.group(2) + rel + m.group(2)
            out = SPEC.sub(fix, src)
            if out != src:
                open(path, 'w').write(out); changed += 1
print(f'rewrote imports in {changed} files')
