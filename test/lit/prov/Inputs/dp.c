/* dp: fires sdt:::dt_probe once through libdtprobe. */
#include <dt_probe.h>
int main(void) { dt_probe(1, 2, 3, 4, 5, 0xdeadbeef); return 0; }
