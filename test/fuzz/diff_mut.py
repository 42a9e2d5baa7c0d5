#!/usr/bin/env python3
"""diff_mut.py: semantic mutants of the visible conformance tests, run by
Oracle's dtrace and by dtrun in the conformance harness's way, compared
byte for byte (research tool; the test command does not run it).

    diff_mut.py --dtrun build/dtrun --out /tmp/mut [--only REGEX] \
        [--seed N] [--n N] [--start K] [--odtrace odtrace] [--keep-same] \
        [--struct]

Each mutant changes one to three tokens of a visible .d test the way a
user's neighbouring script would differ: another integer or string
constant, another printf conversion or flag, another operator of the same
class, another integer type, another aggregating function or subroutine of
the same signature.  With --struct, each mutant is one structural change
instead (mut_struct.py: statements dropped, duplicated, swapped or taken
from another test of the directory, clauses duplicated, predicates,
operands wrapped, variables moved between scopes, pragma options), plus
sometimes one token mutation.  Both tools run it from a scratch root holding
test/triggers/ (built as run.sh builds them) with the test's
@@runtest-opts and @@trigger, _DTRACE_TESTING=t LANGUAGE=C, err.D_* tests
with -xerrtags.  0x... values are masked and stdout is sorted unless the
test says @@nosort.  A difference is rerun once on Oracle's side: when
Oracle disagrees with itself the mutant is counted as "varies".  Every
difference is saved as OUT/diff/NAME.{d,txt}; OUT/summary.txt counts them.
"""
import argparse, os, random, re, shutil, signal, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mut_struct import mutate_struct, donor_statements  # noqa: E402

TOK = re.compile(r'(/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\])*\'|'
                 r'0[xX][0-9a-fA-F]+[uUlL]*|\d+[uUlL]*|[A-Za-z_`$][A-Za-z0-9_`$]*|'
                 r'->|\+\+|--|<<=|>>=|<<|>>|<=|>=|==|!=|&&|\|\||\^\^|[-+*/%&|^]=|\s+|.)', re.S)

INTS = ['0', '1', '2', '-1', '7', '10', '100', '127', '128', '255', '256',
        '1000', '4096', '65535', '65536', '0x7fffffff', '0x80000000',
        '0xffffffff', '0x100000000', '0x7fffffffffffffff',
        '0x8000000000000000', '0xffffffffffffffff', '-128', '-2147483648',
        '1024', '3', '5', '32', '64']
STRS = ['""', '"a"', '"hello, world"', '"%d"', '"/usr/lib/../bin/"',
        '"a\\tb"', '"\\n"', '"\\0x"', '"abcdefghijklmnopqrstuvwxyz0123456789"',
        '"foo/bar"', '"."', '"/"', '"12345"', '"-42"', '"0x1f"']
CLASSES = [
    ['+', '-', '*', '/', '%'],
    ['<', '>', '<=', '>=', '==', '!='],
    ['&', '|', '^'],
    ['<<', '>>'],
    ['&&', '||', '^^'],
    ['+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>='],
    ['++', '--'],
    ['char', 'short', 'int', 'long', 'int8_t', 'int16_t', 'int32_t',
     'int64_t', 'uint8_t', 'uint16_t', 'uint32_t', 'uint64_t', 'uchar_t',
     'ushort_t', 'uint_t', 'ulong_t', 'u_longlong_t', 'longlong_t'],
    ['sum', 'avg', 'min', 'max', 'stddev', 'quantize'],
    ['strjoin'],
    ['basename', 'dirname', 'cleanpath'],
    ['index', 'rindex'],
    ['strstr'],
    ['strchr', 'strrchr'],
    ['htons', 'ntohs', 'htonl', 'ntohl', 'htonll', 'ntohll'],
    ['copyin', 'copyinstr'],
    ['printa', 'clear', 'trunc', 'normalize', 'denormalize'],
    ['commit', 'discard'],
    ['lquantize', 'llquantize'],
    ['stack', 'ustack'],
    ['sym', 'mod', 'func'],
    ['usym', 'umod', 'ufunc', 'uaddr'],
    ['self', 'this'],
    ['struct', 'union'],
    ['signed', 'unsigned'],
    ['trace', 'print'],
    ['arg0', 'arg1', 'arg2'],
    ['BEGIN', 'END'],
]
CLASS_OF = {}
for _c in CLASSES:
    for _t in _c:
        CLASS_OF.setdefault(_t, _c)
CONV = re.compile(r'%([-+ #0]*)(\*|\d+)?(\.\d+|\.\*)?(hh|h|ll|l|j|z|t|L)?([diouxXcsSeEfgGaApkTYwb@%])')
CONVS = 'diouxXcseEfgGpa'
FLAGS = ['', '-', '+', ' ', '#', '0', '-0']


def toks(s):
    return TOK.findall(s)


def mutate_fmt(s, rnd):
    ms = [m for m in CONV.finditer(s) if m.group(5) not in '%@']
    if not ms:
        return None
    m = rnd.choice(ms)
    k = rnd.randrange(4)
    flags, width, prec, length, conv = m.groups()
    if k == 0:
        conv = rnd.choice(CONVS)
    elif k == 1:
        flags = rnd.choice(FLAGS)
    elif k == 2:
        width = rnd.choice(['', '1', '5', '12', '30'])
    else:
        prec = rnd.choice(['', '.0', '.2', '.10'])
    new = '%' + (flags or '') + (width or '') + (prec or '') + (length or '') + conv
    return s[:m.start()] + new + s[m.end():]


def replacement(ts, i, rnd, class_of=None):
    """Another token of token i's class (a string's conversion or another
    string, another integer, an operator or name of its class in class_of,
    CLASS_OF by default), or None."""
    class_of = CLASS_OF if class_of is None else class_of
    t = ts[i]
    if t.startswith('"'):
        if rnd.random() < 0.7:
            n = mutate_fmt(t, rnd)
            if n is None:
                n = rnd.choice(STRS)
        else:
            n = rnd.choice(STRS)
    elif re.match(r'\d|0[xX]', t):
        n = rnd.choice(INTS)
        if n.startswith('-') and i > 0 and ts[i - 1] in ('-', '+'):
            n = n[1:]
    elif t in class_of and len(class_of[t]) > 1:
        n = rnd.choice([c for c in class_of[t] if c != t])
    else:
        return None
    return None if n == t else n


def mutate(ts, rnd):
    idx = [i for i, t in enumerate(ts) if not t.isspace()
           and not t.startswith('/*') and not t.startswith('//')]
    if not idx:
        return None
    for _ in range(50):
        i = rnd.choice(idx)
        n = replacement(ts, i, rnd)
        if n is None:
            continue
        ts = list(ts)
        ts[i] = n
        return ''.join(ts)
    return None


def get_opts(path, corpus):
    """@@NAME: value lines of the test, then test.options up to test/."""
    found = {}
    files = [path]
    d = os.path.dirname(path)
    while True:
        files.append(os.path.join(d, 'test.options'))
        if os.path.basename(d) == 'test' or d in ('', '/'):
            break
        d = os.path.dirname(d)
    for f in files:
        try:
            text = open(f, errors='replace').read()
        except OSError:
            continue
        for name in ('runtest-opts', 'trigger', 'nosort', 'timeout',
                     'trigger-timing', 'skip'):
            if name in found:
                continue
            vals = re.findall(r'@@' + name + r' *: *(.*?)\s*(?:\*/)?\s*$', text, re.M)
            if vals:
                found[name] = ' '.join(vals)
            elif '@@' + name in text:
                found[name] = ''
    return found


def trigger_flags(name):
    table = {
        'proc-tst-sigwait': '-lrt', 'proc-tst-omp': '-fopenmp',
        'proc-tst-pthread-exec': '-pthread',
        'readwholedir': '-fno-inline -fno-optimize-sibling-calls -Wl,--export-dynamic',
        'ustack-tst-basic': '-O0 -fno-inline -fno-omit-frame-pointer',
        'ustack-tst-bigstack-spin': '-O0 -fno-inline -fno-omit-frame-pointer',
        'ustack-tst-bigstack': '-fno-inline -fno-omit-frame-pointer',
        'ustack-tst-spin': '-O0', 'ustack-tst-mtspin': '-O0 -pthread',
        'visible-constructor': '-s'}
    if name in ('pid-tst-args1', 'pid-tst-fork', 'pid-tst-ret1', 'pid-tst-ret2',
                'pid-tst-weak1', 'pid-tst-weak2', 'profile-tst-ufuncsort'):
        return ['-O0']
    return table.get(name, '-O2').split()


def build_trigger(name, corpus, root):
    out = os.path.join(root, 'test', 'triggers', name)
    if os.path.exists(out):
        return True
    src = os.path.join(corpus, 'test', 'triggers', name)
    if os.path.exists(src + '.c'):
        r = subprocess.run(['gcc', '-std=gnu11', '-D_GNU_SOURCE', '-g', '-o', out,
                            src + '.c'] + trigger_flags(name),
                           capture_output=True)
        return r.returncode == 0
    if os.path.exists(src):
        shutil.copy(src, out)
        os.chmod(out, 0o755)
        return True
    return False


def _child_signals():
    # a sweep started in the background (setsid nohup ... &) inherits
    # SIGINT and SIGQUIT ignored, and dtrace(8) keeps an ignored SIGINT
    # ignored: restore them, as the harness's foreground run has them
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGQUIT, signal.SIG_DFL)


def stop_group(p):
    """A run past its time: the whole group (odtrace is a script around
    dtrace), SIGINT then SIGTERM; never SIGKILL dtrace (its uprobes stay):
    one that ignores both is left behind, so that it cannot hang the sweep.
    Returns what it wrote (stdout, stderr)."""
    for sig, wait in ((signal.SIGINT, 5), (signal.SIGTERM, 10)):
        try:
            os.killpg(p.pid, sig)
        except OSError:
            pass
        try:
            return p.communicate(timeout=wait)
        except subprocess.TimeoutExpired:
            pass
    p.stdout.close()
    p.stderr.close()
    return b'', b'(abandoned: ignored SIGINT and SIGTERM)'


def run(cmd, root, timeout):
    env = dict(os.environ, _DTRACE_TESTING='t', LANGUAGE='C')
    p = subprocess.Popen(cmd, cwd=root, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True,
                         preexec_fn=_child_signals)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        out, err = stop_group(p)
        return 'timeout', out.decode(errors='replace'), err.decode(errors='replace')
    return p.returncode, out.decode(errors='replace'), err.decode(errors='replace')


def norm(res, nosort):
    rc, out, err = res
    out = re.sub(r'0x[0-9a-fA-F]+', '{ptr}', out)
    err = re.sub(r'0x[0-9a-fA-F]+', '{ptr}', err)
    # BPF program counters and non-dtrace probe IDs differ by construction
    err = re.sub(r'at BPF pc \d+', 'at BPF pc N', err)
    err = re.sub(r'probe ID \d+ \((?!dtrace:)', 'probe ID N (', err)
    # dtrun's notice where lockdown refuses copyout()/copyoutstr()
    err = re.sub(r'dtrace: warning: this kernel refuses bpf_probe_write_user\(\)[^\n]*\n', '', err)
    if not nosort:
        out = '\n'.join(sorted(out.split('\n')))
    return rc, out, err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dtrun', required=True)
    ap.add_argument('--odtrace', default='odtrace')
    ap.add_argument('--out', required=True)
    ap.add_argument('--only', default='')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--n', type=int, default=200)
    ap.add_argument('--timeout', type=int, default=20)
    ap.add_argument('--manifest', default='/work/shared/conformance/manifest.txt')
    ap.add_argument('--corpus', default='/work/shared/conformance/corpus')
    ap.add_argument('--keep-same', action='store_true')
    ap.add_argument('--start', type=int, default=0)
    ap.add_argument('--struct', action='store_true',
                    help='structural mutants (mut_struct.py)')
    a = ap.parse_args()
    dtrun = os.path.abspath(a.dtrun)
    root = os.path.join(a.out, 'root')
    os.makedirs(os.path.join(root, 'test', 'triggers'), exist_ok=True)
    os.makedirs(os.path.join(a.out, 'diff'), exist_ok=True)
    os.makedirs(os.path.join(a.out, 'mut'), exist_ok=True)
    tests = []
    for line in open(a.manifest):
        if line.startswith('#') or not line.strip():
            continue
        col = line.rstrip('\n').split('\t')
        path = col[0]
        if len(col) > 2 and col[2] != 'd':
            continue
        if a.only and not re.search(a.only, path):
            continue
        if len(col) > 5 and col[5] == 'varies':
            continue
        full = os.path.join(a.corpus, path)
        try:
            src = open(full).read()
        except OSError:
            continue
        if '#include' in src:
            continue
        o = get_opts(full, a.corpus)
        if 'skip' in o or o.get('trigger-timing', 'synchro') not in ('', 'synchro'):
            continue
        if '$' in o.get('runtest-opts', '') or '$' in o.get('trigger', ''):
            continue
        tests.append((path, src, o))
    rnd = random.Random(a.seed)
    counts = {}
    summary = open(os.path.join(a.out, 'summary.txt'), 'a')
    for k in range(a.n):
        path, src, o = rnd.choice(tests)
        ts = toks(src)
        if a.struct:
            m = mutate_struct(ts, rnd, donor_statements(tests, path, toks))
            if m and rnd.random() < 0.3:
                m = mutate(toks(m), rnd) or m
        else:
            m = mutate(ts, rnd)
            for _ in range(rnd.choice([0, 0, 1, 2])):
                if m:
                    m = mutate(toks(m), rnd) or m
        if not m or m == src or k < a.start:
            continue
        base = os.path.basename(path)
        name = '%s%d_%05d_%s' % ('s' if a.struct else 'm', a.seed, k, base)
        mpath = os.path.join(a.out, 'mut', name)
        with open(mpath, 'w') as f:
            f.write(m)
        cmd_tail = ['-DARCH_x86_64']
        if base.startswith('err.D_'):
            cmd_tail.append('-xerrtags')
        elif base.startswith('drp.'):
            cmd_tail.append('-xdroptags')
        cmd_tail += ['-s', mpath] + o.get('runtest-opts', '').split()
        trig = o.get('trigger', 'none').strip()
        if trig and trig != 'none':
            tname = trig.split()[0]
            if not build_trigger(tname, a.corpus, root):
                continue
            cmd_tail += ['-c', 'test/triggers/' + trig]
        to = a.timeout
        nosort = 'nosort' in o
        d = norm(run([dtrun] + cmd_tail, root, to), nosort)
        od = norm(run([a.odtrace] + cmd_tail, root, to), nosort)
        if d == od:
            cls = 'same'
        else:
            od2 = norm(run([a.odtrace] + cmd_tail, root, to), nosort)
            cls = 'varies' if od2 != od else 'diff'
            if cls == 'diff' and (od[0] == 'timeout' or d[0] == 'timeout'):
                cls = 'diff-timeout'
        counts[cls] = counts.get(cls, 0) + 1
        line = '%s %s (from %s) oracle_rc=%s dtrun_rc=%s' % (cls, name, path, od[0], d[0])
        print(line, flush=True)
        summary.write(line + '\n')
        summary.flush()
        if cls != 'same' or a.keep_same:
            with open(os.path.join(a.out, 'diff', name + '.txt'), 'w') as f:
                f.write('# from %s\n# cmd: %s\n' % (path, ' '.join(cmd_tail)))
                f.write('=== diff -u <(src) <(mutant)\n')
                import difflib
                f.writelines(difflib.unified_diff(src.splitlines(True), m.splitlines(True), 'orig', 'mutant', n=1))
                for who, r in (('oracle', od), ('dtrun', d)):
                    f.write('=== %s rc=%s\n--- stdout\n%s\n--- stderr\n%s\n' % (who, r[0], r[1], r[2]))
        else:
            os.unlink(mpath)
    print('counts:', counts)
    summary.write('counts: %s\n' % counts)


if __name__ == '__main__':
    main()
