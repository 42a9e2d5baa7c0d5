/*
 * RUN: not %dtc -S -o - %s 2>&1 | FileCheck %s
 * CHECK: :[[@LINE+5]]:22: error: printf( ) argument #2 is incompatible with conversion #1 prototype:
 * CHECK-NEXT: conversion: %d
 * CHECK: argument: string
 * CHECK-SAME: [D_PRINTF_ARG_TYPE]
 */
BEGIN { printf("%d", execname); }
