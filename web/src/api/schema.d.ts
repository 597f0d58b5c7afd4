// Generated from the server's OpenAPI document by `npm run openapi`. Do not edit.
export interface paths {
    "/api/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lấy mã chống giả mạo (CSRF) để gửi kèm header x-csrf-token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người dùng đang đăng nhập (null nếu chưa đăng nhập) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                fullName: string;
                                kind: "citizen" | "business" | "official";
                                roles: {
                                    id: number;
                                    role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin";
                                    agencyId: number | null;
                                    agencyName: string | null;
                                    agencyCode: string | null;
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                fullName: string;
                                kind: "citizen" | "business" | "official";
                                roles: {
                                    id: number;
                                    role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin";
                                    agencyId: number | null;
                                    agencyName: string | null;
                                    agencyCode: string | null;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng ký tài khoản công dân hoặc doanh nghiệp */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description chữ thường không dấu, số, . _ - */
                        username: string;
                        password: string;
                        fullName: string;
                        kind: "citizen" | "business";
                        /** Format: email */
                        email?: string;
                        phone?: string;
                        /** @description số CCCD (12 số) hoặc mã số thuế */
                        identityNumber?: string;
                        /** @description tên doanh nghiệp */
                        organization?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                fullName: string;
                                kind: "citizen" | "business" | "official";
                                roles: {
                                    id: number;
                                    role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin";
                                    agencyId: number | null;
                                    agencyName: string | null;
                                    agencyCode: string | null;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách cơ quan (cây theo parentId) */
        get: {
            parameters: {
                query?: {
                    /** @description kể cả cơ quan đã hết hiệu lực */
                    includeExpired?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                parentId: number | null;
                                code: string;
                                name: string;
                                kind: "province" | "department" | "district" | "commune" | "unit";
                                address: string | null;
                                phone: string | null;
                                email: string | null;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông tin một cơ quan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            parentId: number | null;
                            code: string;
                            name: string;
                            kind: "province" | "department" | "district" | "commune" | "unit";
                            address: string | null;
                            phone: string | null;
                            email: string | null;
                            validFrom: string;
                            validTo: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tạo cơ quan trong phạm vi quản trị */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId: number | null;
                        code: string;
                        name: string;
                        kind: "province" | "department" | "district" | "commune" | "unit";
                        address?: string | null;
                        phone?: string | null;
                        /** Format: email */
                        email?: string | null;
                        /**
                         * Format: date
                         * @description yyyy-MM-dd
                         */
                        validFrom?: string;
                        /**
                         * Format: date
                         * @description yyyy-MM-dd
                         */
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            parentId: number | null;
                            code: string;
                            name: string;
                            kind: "province" | "department" | "district" | "commune" | "unit";
                            address: string | null;
                            phone: string | null;
                            email: string | null;
                            validFrom: string;
                            validTo: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa cơ quan (tên, mã, cấp trên, hiệu lực) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId?: number | null;
                        code?: string;
                        name?: string;
                        kind?: "province" | "department" | "district" | "commune" | "unit";
                        address?: string | null;
                        phone?: string | null;
                        /** Format: email */
                        email?: string | null;
                        /**
                         * Format: date
                         * @description yyyy-MM-dd
                         */
                        validFrom?: string;
                        /**
                         * Format: date
                         * @description yyyy-MM-dd
                         */
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            parentId: number | null;
                            code: string;
                            name: string;
                            kind: "province" | "department" | "district" | "commune" | "unit";
                            address: string | null;
                            phone: string | null;
                            email: string | null;
                            validFrom: string;
                            validTo: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cán bộ trong phạm vi quản trị */
        get: {
            parameters: {
                query?: {
                    agencyId?: number;
                    q?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                username: string;
                                fullName: string;
                                kind: "citizen" | "business" | "official";
                                email: string | null;
                                phone: string | null;
                                active: boolean;
                                roles: {
                                    id: number;
                                    role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin";
                                    agencyId: number | null;
                                    agencyName: string | null;
                                    agencyCode: string | null;
                                }[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo tài khoản cán bộ với vai trò */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description chữ thường không dấu, số, . _ - */
                        username: string;
                        password: string;
                        fullName: string;
                        /** Format: email */
                        email?: string;
                        phone?: string;
                        roles: {
                            role: "reception" | "specialist" | "leader" | "clerk" | "admin";
                            agencyId: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            fullName: string;
                            kind: "citizen" | "business" | "official";
                            email: string | null;
                            phone: string | null;
                            active: boolean;
                            roles: {
                                id: number;
                                role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin";
                                agencyId: number | null;
                                agencyName: string | null;
                                agencyCode: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một cán bộ */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            fullName: string;
                            kind: "citizen" | "business" | "official";
                            email: string | null;
                            phone: string | null;
                            active: boolean;
                            roles: {
                                id: number;
                                role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin";
                                agencyId: number | null;
                                agencyName: string | null;
                                agencyCode: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa, khóa/mở khóa, đặt lại mật khẩu */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName?: string;
                        /** Format: email */
                        email?: string | null;
                        phone?: string | null;
                        active?: boolean;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            fullName: string;
                            kind: "citizen" | "business" | "official";
                            email: string | null;
                            phone: string | null;
                            active: boolean;
                            roles: {
                                id: number;
                                role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin";
                                agencyId: number | null;
                                agencyName: string | null;
                                agencyCode: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gán vai trò tại một cơ quan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        role: "reception" | "specialist" | "leader" | "clerk" | "admin";
                        agencyId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            fullName: string;
                            kind: "citizen" | "business" | "official";
                            email: string | null;
                            phone: string | null;
                            active: boolean;
                            roles: {
                                id: number;
                                role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin";
                                agencyId: number | null;
                                agencyName: string | null;
                                agencyCode: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Gỡ vai trò */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    roleId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            fullName: string;
                            kind: "citizen" | "business" | "official";
                            email: string | null;
                            phone: string | null;
                            active: boolean;
                            roles: {
                                id: number;
                                role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin";
                                agencyId: number | null;
                                agencyName: string | null;
                                agencyCode: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tra cứu thủ tục (gõ không dấu được), xếp theo mức độ phù hợp */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    level?: "province" | "district" | "commune";
                    agencyId?: number;
                    fieldCode?: string;
                    onlineLevel?: "full" | "partial";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                nationalCode: string;
                                name: string;
                                fieldCode: string;
                                fieldName: string;
                                level: "province" | "district" | "commune";
                                agencyId: number;
                                agencyName: string;
                                agencyCode: string;
                                feeVnd: number;
                                processingDays: number;
                                onlineLevel: "full" | "partial";
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedure-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục lĩnh vực */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết thủ tục */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            nationalCode: string;
                            name: string;
                            fieldCode: string;
                            fieldName: string;
                            level: "province" | "district" | "commune";
                            agencyId: number;
                            agencyName: string;
                            agencyCode: string;
                            feeVnd: number;
                            processingDays: number;
                            onlineLevel: "full" | "partial";
                            documents: {
                                name: string;
                                /** @description số bản chính */
                                original: number;
                                /** @description số bản sao */
                                copies: number;
                                note?: string;
                            }[];
                            feeNote: string | null;
                            legalBasis: string;
                            steps: string;
                            result: string;
                            published: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm thủ tục cho cơ quan trong phạm vi quản trị */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ví dụ 1.010708 */
                        nationalCode: string;
                        name: string;
                        fieldCode: string;
                        level: "province" | "district" | "commune";
                        agencyId: number;
                        documents: {
                            name: string;
                            /** @description số bản chính */
                            original: number;
                            /** @description số bản sao */
                            copies: number;
                            note?: string;
                        }[];
                        feeVnd: number;
                        feeNote?: string | null;
                        processingDays: number;
                        onlineLevel: "full" | "partial";
                        legalBasis: string;
                        steps?: string;
                        result?: string;
                        published?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            nationalCode: string;
                            name: string;
                            fieldCode: string;
                            fieldName: string;
                            level: "province" | "district" | "commune";
                            agencyId: number;
                            agencyName: string;
                            agencyCode: string;
                            feeVnd: number;
                            processingDays: number;
                            onlineLevel: "full" | "partial";
                            documents: {
                                name: string;
                                /** @description số bản chính */
                                original: number;
                                /** @description số bản sao */
                                copies: number;
                                note?: string;
                            }[];
                            feeNote: string | null;
                            legalBasis: string;
                            steps: string;
                            result: string;
                            published: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/procedures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa thủ tục */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ví dụ 1.010708 */
                        nationalCode?: string;
                        name?: string;
                        fieldCode?: string;
                        level?: "province" | "district" | "commune";
                        agencyId?: number;
                        documents?: {
                            name: string;
                            /** @description số bản chính */
                            original: number;
                            /** @description số bản sao */
                            copies: number;
                            note?: string;
                        }[];
                        feeVnd?: number;
                        feeNote?: string | null;
                        processingDays?: number;
                        onlineLevel?: "full" | "partial";
                        legalBasis?: string;
                        steps?: string;
                        result?: string;
                        published?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            nationalCode: string;
                            name: string;
                            fieldCode: string;
                            fieldName: string;
                            level: "province" | "district" | "commune";
                            agencyId: number;
                            agencyName: string;
                            agencyCode: string;
                            feeVnd: number;
                            processingDays: number;
                            onlineLevel: "full" | "partial";
                            documents: {
                                name: string;
                                /** @description số bản chính */
                                original: number;
                                /** @description số bản sao */
                                copies: number;
                                note?: string;
                            }[];
                            feeNote: string | null;
                            legalBasis: string;
                            steps: string;
                            result: string;
                            published: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
