#!/usr/bin/env python3
"""diff_sh.py: mutants of the visible conformance .sh tests, run by Oracle's
dtrace and by dtrun the way run.sh runs a shell test, compared byte for byte
(research tool; the test command does not run it).

    diff_sh.py --dtrun build/dtrun --out /tmp/sh [--only REGEX] [--seed N]
        [--n N] [--start K] [--odtrace odtrace] [--all] [--keep-same] [--orig]

A .sh test is run as run.sh runs it: `./test.sh DTRACE [trigger]` from a
scratch root holding the test, test/utils/ and test/triggers/ (built as
run.sh builds them), stdin /dev/null, with _DTRACE_TESTING=t LANGUAGE=C,
tmpdir, _test, tst, timeout and dt_flags (the test's @@runtest-opts) in the
environment and the wrapper's directory first on PATH; the trigger is the
test's @@trigger.  DTRACE is a wrapper that runs the tool under test and
records every invocation: its arguments, stdout, stderr, exit status and
the -o file it wrote, so what a script hides (>/dev/null, `if [ $? ..`) is
still compared.  The wrapper hands on the signals it gets, and gives the
tool SIGINT and SIGQUIT as the wrapper has them (a plain `&` in a script
ignores them, and dtrace keeps an ignored SIGINT ignored).

Each mutant changes the script in one to three places (seeded, so a seed
always gives the same mutants):
  d    a token of a D program the script hands to dtrace (a heredoc body
       that is fed to dtrace or written to a .d file, a '-n'/'-s' program in
       single quotes) with diff_mut.py's classes, plus macro variables
       ($1 $2 $$1 $target $pid ...), built-in variables, actions, probe
       names and options of the .sh tests;
  opt  the dtrace command line: add an option (-q -e -Z -w -F -v -C -D -U
       -I -x NAME[=VALUE] from the option table, -b, -o FILE, -c CMD, -p PID,
       -l with -P/-m/-f/-n, -A -G -h -H -32 -64 -X, missing or wrong values),
       drop one letter of a flag cluster, or change a flag's value;
  arg  an argument ($1 ...) the script passes to dtrace or to a D script.
With --struct a D program's change is structural instead (mut_struct.py,
as diff_mut.py --struct: statements dropped, duplicated, swapped or taken
from another .sh test of the directory, operands wrapped, predicates,
clauses, scopes, pragma options); mutants are then named sSEED_K_TEST.
Output is compared after masking: the scratch paths (and the numbers in
file names under them), the script's pid, pids handed to dtrace as
arguments and in its "pid N" messages, what diff_mut.py masks (0x...
values, BPF program counters, probe IDs other than dtrace:::'s), and where
dtrace was run with -l, the listing's IDs and order.  A
difference is rerun once on Oracle's side: "varies" when Oracle disagrees
with itself.  Differences go to OUT/diff/NAME.txt (the mutation as a diff,
both sides' script output and every dtrace invocation), counts to
OUT/summary.txt.  Tests that are slow, depend on CPU counts or timing, or
change system settings (core_pattern) are left out unless --all; tests
matching --skip (default: copyout, whose programs Oracle's verifier
refuses now and then) are left out.

A timed-out script's process group gets SIGINT, then SIGTERM; never
SIGKILL (Oracle's dtrace would leave its uprobes behind): a script that
ignores both is abandoned.
"""
import argparse, difflib, os, random, re, shutil, signal, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from diff_mut import (CLASSES, toks, replacement, get_opts, build_trigger,
                      _child_signals, stop_group)
from diff_mut import norm as mut_norm
from mut_struct import mutate_struct, donor_statements

# diff_mut.py's classes, and those of the words .sh tests are made of
SH_CLASSES = CLASSES + [
    ['copyout', 'copyoutstr'],
    ['exit', 'raise'],
    ['freopen', 'system'],
    ['$1', '$2', '$0', '$$1', '$$2', '$target', '$pid', '$ppid', '$uid',
     '$gid', '$euid', '$egid', '$sid', '$pgid', '$projid', '$taskid'],
    ['$$1', '$1', '$$0'],
    ['execname', 'probefunc', 'probename', 'probemod', 'probeprov'],
    ['pid', 'ppid', 'tid', 'uid', 'gid', 'errno'],
    ['quiet', 'flowindent', 'destructive', 'zdefs', 'rawbytes'],
    ['exec', 'exit', 'exec-success', 'exec-failure', 'start', 'lwp-start'],
    ['entry', 'return'],
    ['open', 'openat', 'close', 'write', 'read', 'execve'],
]
CLASS_OF = {}
for _c in SH_CLASSES:
    for _t in _c:
        CLASS_OF.setdefault(_t, _c)

# Options to add to a dtrace command line ({T} = the scratch tmpdir).  Not
# here, known differences: -32 (dtrun's BPF has one data model) and -c of a
# command that cannot run (Oracle's message is lost: "No such process").
ADD_OPTS = [
    '-q', '-e', '-Z', '-w', '-F', '-v', '-C', '-H', '-S', '-a', '-A', '-64', '-G', '-h', '-l', '-lv', '-le', '-lq',
    '-D FOO', '-D FOO=1', '-D VALUE=2', '-DFOO=bar', '-U FOO', '-U VALUE',
    '-I {T}', '-I /nonexistent', '-L {T}', '-L /nonexistent',
    '-X a', '-X c', '-X s', '-X t', '-X q',
    '-b 8k', '-b 1m', '-b 0', '-b junk', '-b -1', '-b 4g',
    '-o {T}/o.out', '-o /nonexistent/dir/o.out', '-o {T}',
    '-c /bin/true', '-c /bin/false', '-c "sleep 0.5"',
    '-p 1', '-p 0', '-p junk', '-p 999999', '-p $$',
    '-P dtrace', '-P nosuch', '-m nosuch', '-f nosuch', '-n nosuch:::', '-n END',
    '-n BEGIN', '-n "BEGIN{exit(0)}"', '-n "END{printf(\\"e\\n\\")}"', '-i 1', '-i 0', '-i 99999999',
    '-l -P dtrace', '-l -P syscall -f read', '-l -m nosuch', '-l -f read', '-l -n BEGIN',
    '-l -n "dtrace:::*"', '-l -i 2', '-l -P "p*e"', '-l -n "syscall::open*:entry"',
    '-s /dev/null', '-s /nonexistent.d', '-s',
    '-x quiet', '-x noquiet', '-x nosuch', '-x nosuch=1', '-x bufsize=4k', '-x bufsize=junk',
    '-x strsize=8', '-x strsize=0', '-x switchrate=10hz', '-x switchrate=0', '-x bufpolicy=ring',
    '-x bufpolicy=switch', '-x bufpolicy=junk', '-x aggsortkey', '-x evaltime=main', '-x evaltime=junk',
    '-x errtags', '-x destructive', '-x zdefs', '-x defaultargs', '-x stackframes=3',
    '-x version=1.0', '-x version=2.0', '-x version=junk', '-x cpp', '-x flowindent', '-x rawbytes',
    '-x dynvarsize=8', '-x nspec=0', '-x statusrate=1', '-x cpu=0', '-x cpu=99999',
    '-x incdir={T}', '-x define=FOO', '-x undef=FOO', '-x ctypes={T}/c.ctf',
    '-x amin=Stable/Stable/Common', '-x aggrate=1hz', '-x linkmode=dynamic', '-x linktype=elf',
    '-x', '-x ""', '-x =1', '-xquiet=', '-V',
]
CMDS = ['/bin/true', '/bin/false', '"sleep 0.2"', '"/bin/sh -c \'exit 3\'"', '"/bin/echo hi"']
ARGS = ['0', '1', '-1', '""', '"a b"', 'hello', '42', '0x10', '"this is a test"', '99999999999999999999',
        '"$(id -u)"', '"$(id -g)"', '$$', '1 2', '"%d"', '"\'"']

# slow (ticks of seconds, loops), CPU- or timing-dependent, system-changing
# (core_pattern); --skip's default: failing in Oracle's dtrace here
# (copyout: its verifier refuses the program, now and then)
SLOW = re.compile(r'exitcore|exitkilled|execfail|cputime|switchrate|aggpercpu|profile-n/|'
                  r'noresolve/|probemod|self-grab|tst\.kill|execloop|slow-self-grab')



def mutate_d(text, rnd, squoted):
    """One token of a D program text; None when nothing fits."""
    ts = toks(text)
    skip = set()
    line0 = True
    for i, t in enumerate(ts):
        if line0 and t == '#' and i + 1 < len(ts) and ts[i + 1] == '!':
            j = i
            while j < len(ts) and '\n' not in ts[j]:
                skip.add(j)
                j += 1
        line0 = '\n' in t
    idx = [i for i, t in enumerate(ts) if not t.isspace() and i not in skip
           and not t.startswith('/*') and not t.startswith('//')]
    if not idx:
        return None
    for _ in range(60):
        i = rnd.choice(idx)
        n = replacement(ts, i, rnd, CLASS_OF)
        if n is None:
            continue
        if squoted and "'" in n:
            continue
        if not squoted and '$' in n:
            # an unquoted heredoc: D's $ is written \$ (keep what the test did)
            if not (i > 0 and ts[i - 1] == '\\'):
                n = n.replace('$', '\\$')
            elif n.startswith('$$'):
                n = '$\\$' + n[2:]
        if not squoted and '`' in n:
            continue
        out = list(ts)
        out[i] = n
        return ''.join(out)
    return None


def d_regions(src):
    """(start, end, squoted) spans of D program text inside a shell script."""
    spans = []
    lines = src.split('\n')
    pos = 0
    offs = []
    for ln in lines:
        offs.append(pos)
        pos += len(ln) + 1
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = re.search(r"<<-?\s*(['\"]?)([A-Za-z_]+)\1", ln)
        if m and not ln.lstrip().startswith('#'):
            quoted = bool(m.group(1))
            tag = m.group(2)
            j = i + 1
            while j < len(lines) and lines[j].strip() != tag:
                j += 1
            body_s = offs[i + 1] if i + 1 < len(lines) else len(src)
            body_e = offs[j] if j < len(lines) else len(src)
            body = src[body_s:body_e]
            is_d = (re.search(r'\$dtrace|\$\{dtrace\}', ln) or
                    re.search(r'\.d\b|dfilename|tmpfile', ln)) and \
                not re.search(r'main\.c|Makefile|wrapper|badexec', ln) and \
                not re.search(r'^\s*(exec|script)=', body, re.M)
            if is_d:
                spans.append((body_s, body_e, quoted))
            i = j + 1
            continue
        i += 1
    # single-quoted programs handed to dtrace: -n '...' / -qwn '...'
    for m in re.finditer(r"\$dtrace\b[^\n']*?-[A-Za-z]*[nPmf]\s*'([^']*)'", src):
        spans.append((m.start(1), m.end(1), True))
    return spans


def dtrace_lines(src):
    """Offsets just after `$dtrace` (and ` $dt_flags`) on each command line."""
    res = []
    for m in re.finditer(r'(?<![\w])\$dtrace\b( \$dt_flags\b)?', src):
        ls = src.rfind('\n', 0, m.start()) + 1
        if src[ls:m.start()].lstrip().startswith('#'):
            continue
        if re.match(r'\s*dtrace=', src[ls:m.start() + 1]):
            continue
        res.append(m.end())
    return res


def cmd_extent(src, at):
    """End of the dtrace command starting at `at` (its line, continuations followed)."""
    e = at
    while True:
        n = src.find('\n', e)
        if n < 0:
            return len(src)
        if n > 0 and src[n - 1] == '\\':
            e = n + 1
            continue
        # a single-quoted program spanning lines
        if src.count("'", at, n) % 2 == 1:
            q = src.find("'", n)
            if q < 0:
                return len(src)
            e = q + 1
            continue
        return n


def mutate_opts(src, rnd, tmp):
    pts = dtrace_lines(src)
    if not pts:
        return None
    at = rnd.choice(pts)
    end = cmd_extent(src, at)
    cmd = src[at:end]
    k = rnd.randrange(10)
    if k < 5:
        o = rnd.choice(ADD_OPTS).replace('{T}', tmp)
        return src[:at] + ' ' + o + src[at:]
    if k < 8:
        # drop one letter of a flag cluster (outside quotes)
        cands = []
        q = False
        for m in re.finditer(r"'|(?<=\s)-([A-Za-z0-9]+)", cmd):
            if m.group(0) == "'":
                q = not q
                continue
            if not q and m.group(1) and not m.group(1).isdigit():
                for j in range(len(m.group(1))):
                    cands.append(m.start(1) + j)
        if not cands:
            return None
        j = rnd.choice(cands)
        c2 = cmd[:j] + cmd[j + 1:]
        c2 = re.sub(r'(?<=\s)-(?=\s|$)', '', c2, count=1)
        return src[:at] + c2 + src[end:]
    # change a value: -b X, -x N=V, -c CMD, -o F, -s F
    cands = [m for m in re.finditer(r"(?<=\s)-([bcxosDUpI])\s*('[^']*'|\"[^\"]*\"|\S+)", cmd)]
    if not cands:
        return None
    m = rnd.choice(cands)
    f = m.group(1)
    if f == 'b':
        v = rnd.choice(['0', '1', '1k', '16m', '2t', 'junk', '1x', '-1', '4G', '1.5k'])
    elif f == 'c':
        v = rnd.choice(CMDS)
    elif f == 'x':
        name = m.group(2).split('=')[0]
        v = rnd.choice([name, name + '=', name + '=junk', name + '=0', name + '=-1',
                        name + '=1', name.upper(), 'no' + name, name + '=18446744073709551616'])
    elif f == 'o':
        v = rnd.choice([tmp + '/o2.out', '/nonexistent/o', tmp, '/dev/null', '-'])
    elif f == 's':
        v = rnd.choice(['/dev/null', '/nonexistent.d', tmp, '-', '/dev/stdin /dev/stdin'])
    elif f == 'p':
        v = rnd.choice(['1', '0', 'junk', '999999', '$$'])
    else:
        v = rnd.choice(['X', 'X=1', '1X', '=1', '""', 'VALUE', 'VALUE=7', '/nonexistent'])
    return src[:at] + cmd[:m.start(2)] + v + cmd[m.end(2):] + src[end:]


def mutate_args(src, rnd):
    # arguments after the D script of `$dtrace ... -s FILE ARGS` / `$dfilename ARGS`,
    # or a new argument at the end of a dtrace command
    cands = []
    for m in re.finditer(r'(?m)(?:^\s*(?:\w+=`)?)(\$dfilename|\$tmpdir/[\w.-]+\.d)((?: +(?:"[^"\n]*"|\'[^\'\n]*\'|[^\s<>|&]+))*)', src):
        cands.append(('args', m.start(2), m.end(2)))
    for at in dtrace_lines(src):
        end = cmd_extent(src, at)
        cmd = src[at:end]
        cut = len(cmd)
        for mm in re.finditer(r"'[^']*'|\"[^\"]*\"|(<<|>|\||&|2>)", cmd):
            if mm.group(1):
                cut = mm.start()
                break
        cands.append(('append', at + cut, at + cut))
    if not cands:
        return None
    kind, s, e = rnd.choice(cands)
    if kind == 'append':
        return src[:s] + ' ' + rnd.choice(ARGS) + src[s:]
    old = src[s:e]
    words = re.findall(r'"[^"\n]*"|\'[^\'\n]*\'|\S+', old)
    r = rnd.randrange(3)
    if r == 0 and words:
        words[rnd.randrange(len(words))] = rnd.choice(ARGS)
    elif r == 1 and words:
        del words[rnd.randrange(len(words))]
    else:
        words.append(rnd.choice(ARGS))
    new = ''.join(' ' + w for w in words)
    # keep redirections that followed the arguments
    return src[:s] + new + src[e:]


def struct_d(text, rnd, squoted, donors):
    """One structural change (mut_struct.py) of a D program text, kept only
    where the shell would hand it to dtrace as written: no quote in a
    single-quoted program, no new $ or ` in an unquoted heredoc."""
    n = mutate_struct(toks(text), rnd, donors)
    if n is None:
        return None
    if squoted and "'" in n:
        return None

    def bare(x):
        return len(re.findall(r'(?<!\\)[$`]', x))
    if not squoted and bare(n) > bare(text):
        return None
    return n


def sh_donors(tests, t):
    """Statements of the D programs of the other .sh tests of t's directory."""
    regs = [(u.path, ''.join(u.src[a:b] for a, b, _ in d_regions(u.src)), None)
            for u in tests if u is not t]
    return donor_statements(regs + [(t.path, '', None)], t.path, toks)


def mutate(src, rnd, tmp, donors=None):
    """One mutation of the script: (text, kind) or (None, None).  With
    donors (a list, --struct), a D program's change is structural."""
    kinds = []
    if d_regions(src):
        kinds += ['d', 'd']
    if dtrace_lines(src):
        kinds += ['opt', 'opt']
    kinds.append('arg')
    for _ in range(20):
        k = rnd.choice(kinds)
        if k == 'd':
            s, e, sq = rnd.choice(d_regions(src))
            if donors is not None:
                n = struct_d(src[s:e], rnd, sq, donors)
                k = 'struct'
            else:
                n = mutate_d(src[s:e], rnd, sq)
            m = None if n is None else src[:s] + n + src[e:]
        elif k == 'opt':
            m = mutate_opts(src, rnd, tmp)
        else:
            m = mutate_args(src, rnd)
        if m and m != src:
            return m, k
    return None, None


WRAPPER = r"""#!/bin/bash
# records each invocation of the tool under test, then behaves as it did
L=%(log)s
n=0; while [ -e $L/$n.args ]; do n=$((n+1)); done
: > $L/$n.args
for a in "$@"; do printf '%%s\n' "$a" >> $L/$n.args; done
# `&` below would make SIGINT and SIGQUIT ignored: give the tool the
# wrapper's own (ignored only where the script's `&` ignored them)
ign=$((0x$(sed -n 's/^SigIgn:[[:space:]]*//p' /proc/$$/status)))
dfl=
(( ign & 2 )) || dfl=INT
(( ign & 4 )) || dfl=${dfl:+$dfl,}QUIT
env ${dfl:+--default-signal=$dfl} %(tool)s "$@" 0<&0 > $L/$n.out 2> $L/$n.err &
c=$!
for s in INT TERM HUP QUIT USR1; do trap "kill -$s $c 2>/dev/null" $s; done
wait $c; rc=$?
while kill -0 $c 2>/dev/null; do wait $c; rc=$?; done
echo $rc > $L/$n.rc
prev=
for a in "$@"; do
    if [ "$prev" = -o ] && [ -f "$a" ]; then cp "$a" $L/$n.ofile 2>/dev/null; fi
    case $a in -o?*) [ -f "${a#-o}" ] && cp "${a#-o}" $L/$n.ofile 2>/dev/null;; esac
    prev=$a
done
cat $L/$n.out
cat $L/$n.err >&2
exit $rc
"""


def run_script(tool, t, src, a):
    """Run the (mutated) script of test T with TOOL behind the dtrace
    wrapper; returns (rc, stdout, stderr, [invocations])."""
    base = a.out
    root = os.path.join(base, 'root')
    tmp = os.path.join(base, 'tmp')
    log = os.path.join(base, 'log')
    bindir = os.path.join(base, 'bin')
    for d in (root, tmp, log):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    os.makedirs(bindir, exist_ok=True)
    tpath = os.path.join(root, t.path)
    os.makedirs(os.path.dirname(tpath), exist_ok=True)
    with open(tpath, 'w') as f:
        f.write(src)
    os.chmod(tpath, 0o755)
    shutil.copytree(os.path.join(a.corpus, 'test', 'utils'), os.path.join(root, 'test', 'utils'))
    os.makedirs(os.path.join(root, 'test', 'triggers'), exist_ok=True)
    for n in os.listdir(a.triggers):
        os.symlink(os.path.join(a.triggers, n), os.path.join(root, 'test', 'triggers', n))
    w = os.path.join(bindir, 'dtrace')
    with open(w, 'w') as f:
        f.write(WRAPPER % {'log': log, 'tool': tool})
    os.chmod(w, 0o755)
    env = dict(os.environ, _DTRACE_TESTING='t', LANGUAGE='C', tmpdir=tmp, _test=t.path,
               tst=t.path[:-3], timeout=str(t.timeout), dt_flags=t.dt_flags,
               PATH=bindir + ':' + os.environ.get('PATH', '/usr/bin:/bin'))
    cmd = ['./' + t.path, w] + ([t.trig] if t.trig else [])
    p = subprocess.Popen(cmd, cwd=root, env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=True, preexec_fn=_child_signals)
    rc = None
    try:
        out, err = p.communicate(timeout=t.timeout)
        rc = p.returncode
    except subprocess.TimeoutExpired:
        rc = 'timeout'
        out, err = stop_group(p)  # SIGINT, then SIGTERM; never SIGKILL dtrace
    # background processes the script left (sleepers): end its process group
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except OSError:
        pass
    invs = []
    n = 0
    while os.path.exists(os.path.join(log, '%d.args' % n)):
        rec = []
        for ext in ('args', 'rc', 'out', 'err', 'ofile'):
            fn = os.path.join(log, '%d.%s' % (n, ext))
            try:
                rec.append(open(fn, errors='replace').read())
            except OSError:
                rec.append(None if ext != 'rc' else 'killed')
        invs.append(rec)
        n += 1
    # the script's own pid ($$, in file names and arguments) differs per run
    pid = re.compile(r'\b%d\b' % p.pid)
    invs = [[None if x is None else pid.sub('{$$}', x) for x in rec] for rec in invs]
    return (rc, pid.sub('{$$}', out.decode(errors='replace')),
            pid.sub('{$$}', err.decode(errors='replace')), invs)


def norm_text(s, a):
    if s is None:
        return None
    s = re.sub(re.escape(a.out) + r'/(tmp|root|bin|log)([^\s:\'"`]*)',
               lambda m: '{%s}%s' % (m.group(1), re.sub(r'\d+', 'N', m.group(2))), s)
    s = re.sub(r'\b(pid|process|PID) \d+', r'\1 N', s)
    # diff_mut.py's masks (0x values, BPF pcs, probe IDs, dtrun's notice)
    return mut_norm((None, '', s), True)[2]


LISTING = re.compile(r'-[CeFGhHlqSvVwZ]*l[CeFGhHlqSvVwZ]*$')


def mask_list(s):
    """-l's listing: its order and probe IDs are the host's (by design, dtrun
    numbers probes its own way): IDs masked, lines sorted."""
    if s is None:
        return None
    return '\n'.join(sorted(re.sub(r'^\s*\d+\s+', 'N ', ln) for ln in s.split('\n')))


def norm(res, a):
    rc, out, err, invs = res
    ninv = [tuple([norm_text(x, a) for x in rec]) for rec in invs]
    if any(LISTING.match(w) for r in ninv for w in (r[0] or '').split('\n')):
        ninv = [r[:2] + (mask_list(r[2]),) + r[3:4] + (mask_list(r[4]),) for r in ninv]
        out = mask_list(out)
    # pids handed to dtrace as arguments ($$, a sleeper's $!)
    ninv = [(re.sub(r'(?m)^\d{3,7}$', 'N', r[0] or ''),) + r[1:] for r in ninv]
    if rc == 'timeout':
        # a dtrace still running when the script timed out: ended by the
        # wrapper's forwarded signal or before it could record its status
        ninv = [r[:1] + ('killed' if (r[1] or 'killed').strip() in ('killed', '143', '130')
                         else r[1],) + r[2:] for r in ninv]
    return rc, norm_text(out, a), norm_text(err, a), ninv


def show(res):
    rc, out, err, invs = res
    s = 'rc=%s\n--- stdout\n%s\n--- stderr\n%s\n' % (rc, out, err)
    for i, (args, irc, o, e, of) in enumerate(invs):
        s += '--- dtrace #%d: %s\n    rc=%s\n' % (i, ' '.join((args or '').split('\n')), (irc or '').strip())
        s += '    stdout:\n%s\n    stderr:\n%s\n' % (o, e)
        if of is not None:
            s += '    -o file:\n%s\n' % of
    return s


class Test:
    def __init__(self, path, src, trig, dt_flags, timeout):
        self.path, self.src, self.trig = path, src, trig
        self.dt_flags, self.timeout = dt_flags, timeout


def odtrace_cmd(name):
    """The command that runs Oracle's dtrace.  /usr/local/bin/odtrace is a
    script that starts dtrace with `&` (stdin /dev/null: `-s /dev/stdin`
    would read nothing, and SIGINT ignored): run what it runs instead."""
    path = shutil.which(name) or name
    try:
        text = open(path).read(4096)
    except (OSError, UnicodeDecodeError):
        return path
    lib = re.search(r'^export LD_LIBRARY_PATH=(\S+)$', text, re.M)
    run = re.search(r'^(\S+/dtrace(?: -\S+)*) "\$@" &$', text, re.M)
    if lib and run:
        return 'LD_LIBRARY_PATH=%s %s' % (lib.group(1), run.group(1))
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dtrun', required=True)
    ap.add_argument('--odtrace', default='odtrace')
    ap.add_argument('--out', required=True)
    ap.add_argument('--only', default='')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--n', type=int, default=150)
    ap.add_argument('--start', type=int, default=0, help='resume a seed at mutant K')
    ap.add_argument('--timeout', type=int, default=30, help='a script\'s limit unless its @@timeout is larger')
    ap.add_argument('--manifest', default='/work/shared/conformance/manifest.txt')
    ap.add_argument('--corpus', default='/work/shared/conformance/corpus')
    ap.add_argument('--all', action='store_true', help='include slow / timing / system-changing tests')
    ap.add_argument('--skip', default='copyout', help='leave out tests whose path matches (x^: none)')
    ap.add_argument('--struct', action='store_true',
                    help="a D program's change is structural (mut_struct.py, as diff_mut.py --struct)")
    ap.add_argument('--keep-same', action='store_true')
    ap.add_argument('--orig', action='store_true', help='run the unmutated tests once each')
    a = ap.parse_args()
    dtrun = os.path.abspath(a.dtrun)
    odtrace = odtrace_cmd(a.odtrace)
    a.out = os.path.abspath(a.out)
    os.makedirs(os.path.join(a.out, 'diff'), exist_ok=True)
    os.makedirs(os.path.join(a.out, 'mut'), exist_ok=True)
    # diff_mut.build_trigger() builds into ROOT/test/triggers/
    troot = os.path.join(a.out, 'trig')
    a.triggers = os.path.join(troot, 'test', 'triggers')
    os.makedirs(a.triggers, exist_ok=True)
    tests = []
    for line in open(a.manifest):
        if line.startswith('#') or not line.strip():
            continue
        col = line.rstrip('\n').split('\t')
        if len(col) < 3 or col[2] != 'sh':
            continue
        path = col[0]
        if a.only and not re.search(a.only, path):
            continue
        if not a.all and SLOW.search(path):
            continue
        if a.skip and re.search(a.skip, path):
            continue
        full = os.path.join(a.corpus, path)
        try:
            src = open(full).read()
        except OSError:
            continue
        o = get_opts(full, a.corpus)
        if 'skip' in o:
            continue
        # run.sh's: the manifest's triggers are built, @@trigger is passed
        trigs = col[4].split(',') if len(col) > 4 and col[4] != '-' else []
        trig = o.get('trigger', '').strip()
        if '$' in trig or '$' in o.get('runtest-opts', ''):
            continue
        if trig == 'none':
            trig = ''
        if trig:
            trigs.append(trig.split()[0])
            trig = 'test/triggers/' + trig
        if not all(build_trigger(x, a.corpus, troot) for x in trigs):
            continue
        to = max(a.timeout, int(o['timeout']) if o.get('timeout', '').isdigit() else 0)
        tests.append(Test(path, src, trig, o.get('runtest-opts', ''), to))
    rnd = random.Random(a.seed)
    counts = {}
    summary = open(os.path.join(a.out, 'summary.txt'), 'a')
    tmp = os.path.join(a.out, 'tmp')
    jobs = []
    if a.orig:
        jobs = [(t, t.src, 'orig') for t in tests]
    else:
        for k in range(a.n):
            t = rnd.choice(tests)
            m, kind = mutate(t.src, rnd, tmp, sh_donors(tests, t) if a.struct else None)
            for _ in range(rnd.choice([0, 0, 1, 2])):
                if m:
                    m2, k2 = mutate(m, rnd, tmp)
                    if m2:
                        m, kind = m2, kind + '+' + k2
            if not m or m == t.src:
                continue
            jobs.append((t, m, kind))
    for k, (t, m, kind) in enumerate(jobs):
        if k < a.start:
            continue
        name = '%s%d_%05d_%s' % ('s' if a.struct else 'm', a.seed, k, os.path.basename(t.path))
        with open(os.path.join(a.out, 'mut', name), 'w') as f:
            f.write(m)
        d = norm(run_script(dtrun, t, m, a), a)
        od = norm(run_script(odtrace, t, m, a), a)
        if d == od:
            cls = 'same'
        else:
            od2 = norm(run_script(odtrace, t, m, a), a)
            cls = 'varies' if od2 != od else 'diff'
            if cls == 'diff' and (od[0] == 'timeout' or d[0] == 'timeout'):
                cls = 'diff-timeout'
        counts[cls] = counts.get(cls, 0) + 1
        line = '%s %s [%s] (from %s) oracle_rc=%s dtrun_rc=%s' % (cls, name, kind, t.path, od[0], d[0])
        print(line, flush=True)
        summary.write(line + '\n')
        summary.flush()
        if cls != 'same' or a.keep_same:
            with open(os.path.join(a.out, 'diff', name + '.txt'), 'w') as f:
                f.write('# from %s (%s)\n=== diff -u <(src) <(mutant)\n' % (t.path, kind))
                f.writelines(difflib.unified_diff(t.src.splitlines(True), m.splitlines(True),
                                                  'orig', 'mutant', n=1))
                f.write('=== oracle ' + show(od))
                f.write('=== dtrun ' + show(d))
    print('counts:', counts)
    summary.write('counts: %s\n' % counts)


if __name__ == '__main__':
    main()
