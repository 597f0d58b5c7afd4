// Generated from the server's OpenAPI document by `npm run openapi`. Do not edit.
export interface paths {
    "/api/oidc/interactions/{uid}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ứng dụng đang xin quyền gì (trang đồng ý): tên ứng dụng, các thông tin sẽ chia sẻ */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uid: string;
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
                            uid: string;
                            client: {
                                clientId: string;
                                name: string;
                            };
                            accountName: string;
                            scopes: {
                                scope: string;
                                label: string;
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
        put?: never;
        /** Người dùng đồng ý hoặc từ chối chia sẻ thông tin với ứng dụng; trả về địa chỉ để trình duyệt tiếp tục */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    uid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
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
                            redirectTo: string;
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
    "/api/admin/oidc-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các ứng dụng dùng đăng nhập một lần của tỉnh (quản trị tỉnh) */
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
                                clientId: string;
                                name: string;
                                applicationType: string;
                                redirectUris: string[];
                                postLogoutRedirectUris: string[];
                                backchannelLogoutUri: string | null;
                                scopes: string[];
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                secretRotatedAt: string;
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
            };
        };
        put?: never;
        /** Đăng ký ứng dụng: địa chỉ chuyển hướng, phạm vi; mật khẩu ứng dụng chỉ hiện một lần */
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
                        /** @description mã ứng dụng (client_id) */
                        clientId: string;
                        name: string;
                        /** @description native: ứng dụng cài trên máy, nhận địa chỉ loopback với mọi cổng (RFC 8252) */
                        applicationType: "web" | "native";
                        redirectUris: string[];
                        postLogoutRedirectUris: string[];
                        backchannelLogoutUri?: string | null;
                        scopes: ("openid" | "profile" | "email" | "phone" | "agency" | "offline_access")[];
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
                            clientId: string;
                            /** @description chỉ hiển thị một lần */
                            clientSecret: string;
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
    "/api/admin/oidc-clients/{clientId}": {
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
        /** Sửa ứng dụng (địa chỉ, phạm vi), tạm dừng hoặc kích hoạt lại */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description mã ứng dụng (client_id) */
                        clientId?: string;
                        name?: string;
                        /** @description native: ứng dụng cài trên máy, nhận địa chỉ loopback với mọi cổng (RFC 8252) */
                        applicationType?: "web" | "native";
                        redirectUris?: string[];
                        postLogoutRedirectUris?: string[];
                        backchannelLogoutUri?: string | null;
                        scopes?: ("openid" | "profile" | "email" | "phone" | "agency" | "offline_access")[];
                        active?: boolean;
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
                            clientId: string;
                            name: string;
                            applicationType: string;
                            redirectUris: string[];
                            postLogoutRedirectUris: string[];
                            backchannelLogoutUri: string | null;
                            scopes: string[];
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            secretRotatedAt: string;
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
            };
        };
        trace?: never;
    };
    "/api/admin/oidc-clients/{clientId}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp mật khẩu ứng dụng mới (mật khẩu cũ hết hiệu lực ngay); chỉ hiện một lần */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            clientId: string;
                            /** @description chỉ hiển thị một lần */
                            clientSecret: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
                                    /** @enum {unknown} */
                                    role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
                                    agencyId: number | null;
                                    agencyName: string | null;
                                    agencyCode: string | null;
                                }[];
                                /** @description đã xác thực bằng định danh điện tử quốc gia */
                                eidVerified: boolean;
                            } | null;
                            /** @description tài khoản có xác thực hai lớp: gửi kèm mã tới /auth/login/totp */
                            totpChallenge?: string;
                            /** @description vai trò bắt buộc xác thực hai lớp mà chưa cài đặt: chỉ được cài đặt */
                            totpEnrolmentRequired?: boolean;
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
        /** Đăng nhập; tài khoản có xác thực hai lớp nhận totpChallenge để gửi kèm mã ở bước sau */
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
                                    /** @enum {unknown} */
                                    role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
                                    agencyId: number | null;
                                    agencyName: string | null;
                                    agencyCode: string | null;
                                }[];
                                /** @description đã xác thực bằng định danh điện tử quốc gia */
                                eidVerified: boolean;
                            } | null;
                            /** @description tài khoản có xác thực hai lớp: gửi kèm mã tới /auth/login/totp */
                            totpChallenge?: string;
                            /** @description vai trò bắt buộc xác thực hai lớp mà chưa cài đặt: chỉ được cài đặt */
                            totpEnrolmentRequired?: boolean;
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
    "/api/auth/login/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bước hai của đăng nhập: mã 6 chữ số của ứng dụng xác thực, hoặc một mã khôi phục */
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
                        challenge: string;
                        /** @description mã 6 chữ số, hoặc mã khôi phục XXXXX-XXXXX */
                        code: string;
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
                                    /** @enum {unknown} */
                                    role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
                                    agencyId: number | null;
                                    agencyName: string | null;
                                    agencyCode: string | null;
                                }[];
                                /** @description đã xác thực bằng định danh điện tử quốc gia */
                                eidVerified: boolean;
                            } | null;
                            /** @description tài khoản có xác thực hai lớp: gửi kèm mã tới /auth/login/totp */
                            totpChallenge?: string;
                            /** @description vai trò bắt buộc xác thực hai lớp mà chưa cài đặt: chỉ được cài đặt */
                            totpEnrolmentRequired?: boolean;
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
    "/api/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trạng thái xác thực hai lớp của tôi */
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
                            enabled: boolean;
                            /** Format: date-time */
                            enabledAt: string | null;
                            recoveryCodesLeft: number;
                            required: boolean;
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
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bắt đầu cài đặt xác thực hai lớp: mã QR cho ứng dụng xác thực (cán bộ) */
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
                            secret: string;
                            /** @description otpauth://totp/... */
                            uri: string;
                            qrSvg: string;
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận bằng mã 6 chữ số; nhận 10 mã khôi phục (chỉ hiện một lần) */
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
                        code: string;
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
                            recoveryCodes: string[];
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
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tắt xác thực hai lớp (cần mã hiện tại; không tắt được khi vai trò bắt buộc) */
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
                        code: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/admin/security/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vai trò bắt buộc xác thực hai lớp (quản trị tỉnh) */
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
                                role: string;
                                totpRequired: boolean;
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
    "/api/admin/security/roles/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Bắt buộc hoặc bỏ bắt buộc xác thực hai lớp cho một vai trò */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    role: "reception" | "specialist" | "leader" | "clerk" | "finance" | "admin" | "editor";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        totpRequired: boolean;
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
                            /** @enum {boolean} */
                            ok: true;
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
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/eid/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Liên kết định danh điện tử với tài khoản sẵn có cùng số định danh, bằng mật khẩu của tài khoản đó */
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
                        token: string;
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
                                    /** @enum {unknown} */
                                    role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
                                    agencyId: number | null;
                                    agencyName: string | null;
                                    agencyCode: string | null;
                                }[];
                                /** @description đã xác thực bằng định danh điện tử quốc gia */
                                eidVerified: boolean;
                            } | null;
                            /** @description tài khoản có xác thực hai lớp: gửi kèm mã tới /auth/login/totp */
                            totpChallenge?: string;
                            /** @description vai trò bắt buộc xác thực hai lớp mà chưa cài đặt: chỉ được cài đặt */
                            totpEnrolmentRequired?: boolean;
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
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các phiên đăng nhập của tôi (thiết bị, địa chỉ, thời gian) */
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
                                id: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                ip: string | null;
                                userAgent: string | null;
                                /** @description phiên đang dùng */
                                current: boolean;
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
    "/api/auth/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Đăng xuất một phiên từ xa (thiết bị bị mất, máy dùng chung) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quên mật khẩu: gửi đường dẫn đặt lại mật khẩu đến thư điện tử của tài khoản */
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
                        /** @description tên đăng nhập hoặc thư điện tử */
                        account: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
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
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đặt mật khẩu mới bằng đường dẫn đã gửi qua thư điện tử */
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
                        token: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
                                    /** @enum {unknown} */
                                    role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
                                    agencyId: number | null;
                                    agencyName: string | null;
                                    agencyCode: string | null;
                                }[];
                                /** @description đã xác thực bằng định danh điện tử quốc gia */
                                eidVerified: boolean;
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
                                /** @enum {unknown} */
                                kind: "province" | "department" | "district" | "commune" | "unit";
                                address: string | null;
                                phone: string | null;
                                email: string | null;
                                validFrom: string;
                                validTo: string | null;
                                /** @description giờ làm việc của cơ quan; null là giờ mặc định 07:00–11:30, 13:30–17:00 */
                                workingHours: {
                                    /** @description HH:mm */
                                    start: string;
                                    /** @description HH:mm */
                                    end: string;
                                }[] | null;
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
                            /** @enum {unknown} */
                            kind: "province" | "department" | "district" | "commune" | "unit";
                            address: string | null;
                            phone: string | null;
                            email: string | null;
                            validFrom: string;
                            validTo: string | null;
                            /** @description giờ làm việc của cơ quan; null là giờ mặc định 07:00–11:30, 13:30–17:00 */
                            workingHours: {
                                /** @description HH:mm */
                                start: string;
                                /** @description HH:mm */
                                end: string;
                            }[] | null;
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
                        /** @enum {unknown} */
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
                        /** @description giờ làm việc của cơ quan; null là giờ mặc định 07:00–11:30, 13:30–17:00 */
                        workingHours?: {
                            /** @description HH:mm */
                            start: string;
                            /** @description HH:mm */
                            end: string;
                        }[] | null;
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
                            /** @enum {unknown} */
                            kind: "province" | "department" | "district" | "commune" | "unit";
                            address: string | null;
                            phone: string | null;
                            email: string | null;
                            validFrom: string;
                            validTo: string | null;
                            /** @description giờ làm việc của cơ quan; null là giờ mặc định 07:00–11:30, 13:30–17:00 */
                            workingHours: {
                                /** @description HH:mm */
                                start: string;
                                /** @description HH:mm */
                                end: string;
                            }[] | null;
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
                        /** @enum {unknown} */
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
                        /** @description giờ làm việc của cơ quan; null là giờ mặc định 07:00–11:30, 13:30–17:00 */
                        workingHours?: {
                            /** @description HH:mm */
                            start: string;
                            /** @description HH:mm */
                            end: string;
                        }[] | null;
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
                            /** @enum {unknown} */
                            kind: "province" | "department" | "district" | "commune" | "unit";
                            address: string | null;
                            phone: string | null;
                            email: string | null;
                            validFrom: string;
                            validTo: string | null;
                            /** @description giờ làm việc của cơ quan; null là giờ mặc định 07:00–11:30, 13:30–17:00 */
                            workingHours: {
                                /** @description HH:mm */
                                start: string;
                                /** @description HH:mm */
                                end: string;
                            }[] | null;
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
                                    /** @enum {unknown} */
                                    role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
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
                            /** @enum {unknown} */
                            role: "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
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
                                /** @enum {unknown} */
                                role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
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
                                /** @enum {unknown} */
                                role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
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
                                /** @enum {unknown} */
                                role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
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
                        /** @enum {unknown} */
                        role: "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
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
                                /** @enum {unknown} */
                                role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
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
                                /** @enum {unknown} */
                                role: "citizen" | "reception" | "specialist" | "leader" | "clerk" | "admin" | "finance" | "editor";
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
    "/api/calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ngày nghỉ và ngày làm bù do quản trị khai báo */
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
                                id: number;
                                date: string;
                                kind: "day_off" | "working_day";
                                note: string;
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
    "/api/admin/calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khai báo ngày nghỉ hoặc ngày làm bù (toàn tỉnh) */
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
                        /**
                         * Format: date
                         * @description yyyy-MM-dd
                         */
                        date: string;
                        kind: "day_off" | "working_day";
                        note: string;
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
                            date: string;
                            kind: "day_off" | "working_day";
                            note: string;
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
    "/api/admin/calendar/days/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Xóa ngày đã khai báo */
        delete: {
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
                            /** @enum {boolean} */
                            ok: true;
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
                                /** @description không bắt buộc đính kèm khi nộp trực tuyến (ví dụ giấy tờ xuất trình) */
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            feeNote: string | null;
                            /** @description phí, lệ phí thu qua hồ sơ (trống: không thu trực tuyến) */
                            feeSchedule: {
                                lines: {
                                    code: string;
                                    name: string;
                                    /** @description phí hoặc lệ phí */
                                    kind: "phi" | "le_phi";
                                    /** @description căn cứ pháp lý */
                                    legalBasis: string;
                                    rule: {
                                        /** @enum {string} */
                                        type: "fixed";
                                        /** @description đồng */
                                        amount: number;
                                    } | {
                                        /** @enum {string} */
                                        type: "per_unit";
                                        /** @description trường số của tờ khai */
                                        field: string;
                                        unit: string;
                                        tiers: {
                                            /** @description giới hạn trên của mức (null: không giới hạn) */
                                            upTo: number | null;
                                            /** @description đồng */
                                            unitAmount: number;
                                        }[];
                                        /** @description đồng */
                                        maxAmount?: number;
                                    } | {
                                        /** @enum {string} */
                                        type: "band";
                                        /** @description trường số của tờ khai */
                                        field: string;
                                        unit: string;
                                        bands: {
                                            /** @description giới hạn trên của mức (null: không giới hạn) */
                                            upTo: number | null;
                                            /** @description đồng */
                                            amount: number;
                                        }[];
                                    };
                                }[];
                                exemptions: {
                                    category: string;
                                    label: string;
                                    /** @description phần trăm được giảm (100: miễn) */
                                    percent: number;
                                }[];
                                /** @description nộp trực tuyến trước khi tiếp nhận hay trước khi nhận kết quả */
                                payWhen: "before_reception" | "before_result";
                            };
                            legalBasis: string;
                            steps: string;
                            result: string;
                            /** @description đối tượng thực hiện */
                            applicants: string;
                            /** @description yêu cầu, điều kiện thực hiện (trống: không có) */
                            conditions: string;
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
    "/api/procedures/{id}/form.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mẫu đơn đề nghị của thủ tục, để in và điền tay */
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
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
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
                            /** @description không bắt buộc đính kèm khi nộp trực tuyến (ví dụ giấy tờ xuất trình) */
                            optional?: boolean;
                        }[];
                        formFields?: {
                            name: string;
                            label: string;
                            /**
                             * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                             * @enum {unknown}
                             */
                            type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                            required?: boolean;
                            hint?: string;
                            /** @description các lựa chọn (select, multiselect) */
                            options?: string[];
                            /** @description các cột (table) */
                            columns?: {
                                name: string;
                                label: string;
                                type: "text" | "number" | "date";
                            }[];
                            /** @description chỉ hiện khi trường đứng trước có giá trị này */
                            showIf?: {
                                field: string;
                                equals: string;
                            };
                            rules?: {
                                min?: number;
                                max?: number;
                                minLength?: number;
                                maxLength?: number;
                                /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                pattern?: string;
                                /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                message?: string;
                            };
                        }[];
                        feeVnd: number;
                        feeNote?: string | null;
                        /** @description phí, lệ phí thu qua hồ sơ (trống: không thu trực tuyến) */
                        feeSchedule?: {
                            lines: {
                                code: string;
                                name: string;
                                /** @description phí hoặc lệ phí */
                                kind: "phi" | "le_phi";
                                /** @description căn cứ pháp lý */
                                legalBasis: string;
                                rule: {
                                    /** @enum {string} */
                                    type: "fixed";
                                    /** @description đồng */
                                    amount: number;
                                } | {
                                    /** @enum {string} */
                                    type: "per_unit";
                                    /** @description trường số của tờ khai */
                                    field: string;
                                    unit: string;
                                    tiers: {
                                        /** @description giới hạn trên của mức (null: không giới hạn) */
                                        upTo: number | null;
                                        /** @description đồng */
                                        unitAmount: number;
                                    }[];
                                    /** @description đồng */
                                    maxAmount?: number;
                                } | {
                                    /** @enum {string} */
                                    type: "band";
                                    /** @description trường số của tờ khai */
                                    field: string;
                                    unit: string;
                                    bands: {
                                        /** @description giới hạn trên của mức (null: không giới hạn) */
                                        upTo: number | null;
                                        /** @description đồng */
                                        amount: number;
                                    }[];
                                };
                            }[];
                            exemptions: {
                                category: string;
                                label: string;
                                /** @description phần trăm được giảm (100: miễn) */
                                percent: number;
                            }[];
                            /** @description nộp trực tuyến trước khi tiếp nhận hay trước khi nhận kết quả */
                            payWhen: "before_reception" | "before_result";
                        };
                        processingDays: number;
                        onlineLevel: "full" | "partial";
                        legalBasis: string;
                        steps?: string;
                        result?: string;
                        applicants?: string;
                        conditions?: string;
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
                                /** @description không bắt buộc đính kèm khi nộp trực tuyến (ví dụ giấy tờ xuất trình) */
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            feeNote: string | null;
                            /** @description phí, lệ phí thu qua hồ sơ (trống: không thu trực tuyến) */
                            feeSchedule: {
                                lines: {
                                    code: string;
                                    name: string;
                                    /** @description phí hoặc lệ phí */
                                    kind: "phi" | "le_phi";
                                    /** @description căn cứ pháp lý */
                                    legalBasis: string;
                                    rule: {
                                        /** @enum {string} */
                                        type: "fixed";
                                        /** @description đồng */
                                        amount: number;
                                    } | {
                                        /** @enum {string} */
                                        type: "per_unit";
                                        /** @description trường số của tờ khai */
                                        field: string;
                                        unit: string;
                                        tiers: {
                                            /** @description giới hạn trên của mức (null: không giới hạn) */
                                            upTo: number | null;
                                            /** @description đồng */
                                            unitAmount: number;
                                        }[];
                                        /** @description đồng */
                                        maxAmount?: number;
                                    } | {
                                        /** @enum {string} */
                                        type: "band";
                                        /** @description trường số của tờ khai */
                                        field: string;
                                        unit: string;
                                        bands: {
                                            /** @description giới hạn trên của mức (null: không giới hạn) */
                                            upTo: number | null;
                                            /** @description đồng */
                                            amount: number;
                                        }[];
                                    };
                                }[];
                                exemptions: {
                                    category: string;
                                    label: string;
                                    /** @description phần trăm được giảm (100: miễn) */
                                    percent: number;
                                }[];
                                /** @description nộp trực tuyến trước khi tiếp nhận hay trước khi nhận kết quả */
                                payWhen: "before_reception" | "before_result";
                            };
                            legalBasis: string;
                            steps: string;
                            result: string;
                            /** @description đối tượng thực hiện */
                            applicants: string;
                            /** @description yêu cầu, điều kiện thực hiện (trống: không có) */
                            conditions: string;
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
                            /** @description không bắt buộc đính kèm khi nộp trực tuyến (ví dụ giấy tờ xuất trình) */
                            optional?: boolean;
                        }[];
                        formFields?: {
                            name: string;
                            label: string;
                            /**
                             * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                             * @enum {unknown}
                             */
                            type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                            required?: boolean;
                            hint?: string;
                            /** @description các lựa chọn (select, multiselect) */
                            options?: string[];
                            /** @description các cột (table) */
                            columns?: {
                                name: string;
                                label: string;
                                type: "text" | "number" | "date";
                            }[];
                            /** @description chỉ hiện khi trường đứng trước có giá trị này */
                            showIf?: {
                                field: string;
                                equals: string;
                            };
                            rules?: {
                                min?: number;
                                max?: number;
                                minLength?: number;
                                maxLength?: number;
                                /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                pattern?: string;
                                /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                message?: string;
                            };
                        }[];
                        feeVnd?: number;
                        feeNote?: string | null;
                        /** @description phí, lệ phí thu qua hồ sơ (trống: không thu trực tuyến) */
                        feeSchedule?: {
                            lines: {
                                code: string;
                                name: string;
                                /** @description phí hoặc lệ phí */
                                kind: "phi" | "le_phi";
                                /** @description căn cứ pháp lý */
                                legalBasis: string;
                                rule: {
                                    /** @enum {string} */
                                    type: "fixed";
                                    /** @description đồng */
                                    amount: number;
                                } | {
                                    /** @enum {string} */
                                    type: "per_unit";
                                    /** @description trường số của tờ khai */
                                    field: string;
                                    unit: string;
                                    tiers: {
                                        /** @description giới hạn trên của mức (null: không giới hạn) */
                                        upTo: number | null;
                                        /** @description đồng */
                                        unitAmount: number;
                                    }[];
                                    /** @description đồng */
                                    maxAmount?: number;
                                } | {
                                    /** @enum {string} */
                                    type: "band";
                                    /** @description trường số của tờ khai */
                                    field: string;
                                    unit: string;
                                    bands: {
                                        /** @description giới hạn trên của mức (null: không giới hạn) */
                                        upTo: number | null;
                                        /** @description đồng */
                                        amount: number;
                                    }[];
                                };
                            }[];
                            exemptions: {
                                category: string;
                                label: string;
                                /** @description phần trăm được giảm (100: miễn) */
                                percent: number;
                            }[];
                            /** @description nộp trực tuyến trước khi tiếp nhận hay trước khi nhận kết quả */
                            payWhen: "before_reception" | "before_result";
                        };
                        processingDays?: number;
                        onlineLevel?: "full" | "partial";
                        legalBasis?: string;
                        steps?: string;
                        result?: string;
                        applicants?: string;
                        conditions?: string;
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
                                /** @description không bắt buộc đính kèm khi nộp trực tuyến (ví dụ giấy tờ xuất trình) */
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            feeNote: string | null;
                            /** @description phí, lệ phí thu qua hồ sơ (trống: không thu trực tuyến) */
                            feeSchedule: {
                                lines: {
                                    code: string;
                                    name: string;
                                    /** @description phí hoặc lệ phí */
                                    kind: "phi" | "le_phi";
                                    /** @description căn cứ pháp lý */
                                    legalBasis: string;
                                    rule: {
                                        /** @enum {string} */
                                        type: "fixed";
                                        /** @description đồng */
                                        amount: number;
                                    } | {
                                        /** @enum {string} */
                                        type: "per_unit";
                                        /** @description trường số của tờ khai */
                                        field: string;
                                        unit: string;
                                        tiers: {
                                            /** @description giới hạn trên của mức (null: không giới hạn) */
                                            upTo: number | null;
                                            /** @description đồng */
                                            unitAmount: number;
                                        }[];
                                        /** @description đồng */
                                        maxAmount?: number;
                                    } | {
                                        /** @enum {string} */
                                        type: "band";
                                        /** @description trường số của tờ khai */
                                        field: string;
                                        unit: string;
                                        bands: {
                                            /** @description giới hạn trên của mức (null: không giới hạn) */
                                            upTo: number | null;
                                            /** @description đồng */
                                            amount: number;
                                        }[];
                                    };
                                }[];
                                exemptions: {
                                    category: string;
                                    label: string;
                                    /** @description phần trăm được giảm (100: miễn) */
                                    percent: number;
                                }[];
                                /** @description nộp trực tuyến trước khi tiếp nhận hay trước khi nhận kết quả */
                                payWhen: "before_reception" | "before_result";
                            };
                            legalBasis: string;
                            steps: string;
                            result: string;
                            /** @description đối tượng thực hiện */
                            applicants: string;
                            /** @description yêu cầu, điều kiện thực hiện (trống: không có) */
                            conditions: string;
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
    "/api/procedures/{id}/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quy trình xử lý của thủ tục */
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
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
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
    "/api/admin/procedures/{id}/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa quy trình xử lý (các bước, vai trò, cơ quan, tỷ lệ thời gian) */
        put: {
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
                        steps: {
                            name: string;
                            role: "specialist" | "leader";
                            agencyId: number | null;
                            timeShare: number;
                        }[];
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
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
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
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/procedures/{id}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tờ khai điện tử: phiên bản đang áp dụng, bản nháp đang thiết kế, các phiên bản đã công bố */
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
                            procedureId: number;
                            /** @description phiên bản đang áp dụng cho hồ sơ mới */
                            version: number;
                            fields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            draft: {
                                fields: {
                                    name: string;
                                    label: string;
                                    /**
                                     * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                     * @enum {unknown}
                                     */
                                    type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                    required?: boolean;
                                    hint?: string;
                                    /** @description các lựa chọn (select, multiselect) */
                                    options?: string[];
                                    /** @description các cột (table) */
                                    columns?: {
                                        name: string;
                                        label: string;
                                        type: "text" | "number" | "date";
                                    }[];
                                    /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                    showIf?: {
                                        field: string;
                                        equals: string;
                                    };
                                    rules?: {
                                        min?: number;
                                        max?: number;
                                        minLength?: number;
                                        maxLength?: number;
                                        /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                        pattern?: string;
                                        /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                        message?: string;
                                    };
                                }[];
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            versions: {
                                version: number;
                                /** Format: date-time */
                                publishedAt: string;
                                publishedByName: string | null;
                                fieldCount: number;
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
        patch?: never;
        trace?: never;
    };
    "/api/admin/procedures/{id}/form/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Lưu bản nháp tờ khai (chưa áp dụng cho hồ sơ) */
        put: {
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
                        fields: {
                            name: string;
                            label: string;
                            /**
                             * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                             * @enum {unknown}
                             */
                            type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                            required?: boolean;
                            hint?: string;
                            /** @description các lựa chọn (select, multiselect) */
                            options?: string[];
                            /** @description các cột (table) */
                            columns?: {
                                name: string;
                                label: string;
                                type: "text" | "number" | "date";
                            }[];
                            /** @description chỉ hiện khi trường đứng trước có giá trị này */
                            showIf?: {
                                field: string;
                                equals: string;
                            };
                            rules?: {
                                min?: number;
                                max?: number;
                                minLength?: number;
                                maxLength?: number;
                                /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                pattern?: string;
                                /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                message?: string;
                            };
                        }[];
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
                            procedureId: number;
                            /** @description phiên bản đang áp dụng cho hồ sơ mới */
                            version: number;
                            fields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            draft: {
                                fields: {
                                    name: string;
                                    label: string;
                                    /**
                                     * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                     * @enum {unknown}
                                     */
                                    type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                    required?: boolean;
                                    hint?: string;
                                    /** @description các lựa chọn (select, multiselect) */
                                    options?: string[];
                                    /** @description các cột (table) */
                                    columns?: {
                                        name: string;
                                        label: string;
                                        type: "text" | "number" | "date";
                                    }[];
                                    /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                    showIf?: {
                                        field: string;
                                        equals: string;
                                    };
                                    rules?: {
                                        min?: number;
                                        max?: number;
                                        minLength?: number;
                                        maxLength?: number;
                                        /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                        pattern?: string;
                                        /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                        message?: string;
                                    };
                                }[];
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            versions: {
                                version: number;
                                /** Format: date-time */
                                publishedAt: string;
                                publishedByName: string | null;
                                fieldCount: number;
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
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/procedures/{id}/form/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Công bố bản nháp thành phiên bản mới: hồ sơ mới dùng phiên bản này, hồ sơ cũ giữ phiên bản của mình */
        post: {
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
                            procedureId: number;
                            /** @description phiên bản đang áp dụng cho hồ sơ mới */
                            version: number;
                            fields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            draft: {
                                fields: {
                                    name: string;
                                    label: string;
                                    /**
                                     * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                     * @enum {unknown}
                                     */
                                    type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                    required?: boolean;
                                    hint?: string;
                                    /** @description các lựa chọn (select, multiselect) */
                                    options?: string[];
                                    /** @description các cột (table) */
                                    columns?: {
                                        name: string;
                                        label: string;
                                        type: "text" | "number" | "date";
                                    }[];
                                    /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                    showIf?: {
                                        field: string;
                                        equals: string;
                                    };
                                    rules?: {
                                        min?: number;
                                        max?: number;
                                        minLength?: number;
                                        maxLength?: number;
                                        /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                        pattern?: string;
                                        /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                        message?: string;
                                    };
                                }[];
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            versions: {
                                version: number;
                                /** Format: date-time */
                                publishedAt: string;
                                publishedByName: string | null;
                                fieldCount: number;
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
    "/api/administrative-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục đơn vị hành chính: các tỉnh, hoặc các huyện của một tỉnh (parent=01), các xã của một huyện (parent=01/001) */
        get: {
            parameters: {
                query?: {
                    /** @description mã tỉnh, hoặc tỉnh/huyện */
                    parent?: string;
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
                                id: string;
                                name: string;
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
    "/api/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tạo hồ sơ nháp cho một thủ tục */
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
                        procedureId: number;
                        applicant?: {
                            address?: string;
                            phone?: string;
                            /** Format: email */
                            email?: string;
                        };
                        formData?: {
                            [key: string]: string;
                        };
                        /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                        feeCategory?: string | null;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết hồ sơ: trạng thái, hạn, tệp, lịch sử, thao tác được phép */
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
        /** Sửa hồ sơ nháp (tờ khai điện tử, địa chỉ) */
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
                        applicant?: {
                            address?: string;
                            phone?: string;
                            /** Format: email */
                            email?: string;
                        };
                        formData?: {
                            [key: string]: string;
                        };
                        /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                        feeCategory?: string | null;
                        resultDelivery?: {
                            /** @description nhận kết quả tại bộ phận một cửa hoặc qua bưu chính công ích */
                            method: "counter" | "post";
                            /** @description địa chỉ nhận kết quả (bắt buộc khi qua bưu chính) */
                            address?: string;
                        };
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Công dân nộp hồ sơ */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tiếp nhận hồ sơ (cấp mã, tính hạn, in giấy tiếp nhận mẫu 01) */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Từ chối tiếp nhận (mẫu 03) */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
                        reason: string;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/start-processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển xử lý (bước đầu của quy trình) */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
                        note?: string;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển bước tiếp theo (kể cả liên thông sang cơ quan khác) */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
                        note?: string;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại bước trước */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
                        reason: string;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/request-supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Yêu cầu bổ sung (mẫu 02, dừng tính thời gian) */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
                        reason: string;
                        items: string[];
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nộp bổ sung (tiếp tục tính thời gian) */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
                        note?: string;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lãnh đạo phê duyệt kết quả (ký số kết quả) */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
                        note?: string;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lãnh đạo từ chối giải quyết (mẫu 03) */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
                        reason: string;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả kết quả */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
                        note?: string;
                        /** @description số hiệu bưu gửi, khi trả kết quả qua bưu chính */
                        consignmentNumber?: string;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Công dân rút hồ sơ */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
                        reason: string;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dừng giải quyết (mẫu 05) */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
                        reason: string;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xin lỗi và gia hạn (mẫu 04) */
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
                        /** @description phiên bản hồ sơ đang xem; khác thì trả 409 */
                        version?: number;
                        reason: string;
                        extraWorkingDays: number;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đính kèm tệp (multipart: trường kind, label, rồi file; PDF/JPEG/PNG, kiểm tra theo nội dung) */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: "submission" | "supplement" | "result" | "slip";
                            label: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description false khi phiếu đang được tạo và ký số */
                            ready: boolean;
                            /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                            reusedFrom?: {
                                dossierId: number;
                                reference: string;
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
                /** @description Default Response */
                413: {
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
                415: {
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
    "/api/my/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kho dữ liệu của công dân: giấy tờ đã nộp và kết quả đã nhận, để dùng lại */
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
                                fileId: number;
                                dossierId: number;
                                /** @description mã hồ sơ (hoặc mã tra cứu) đã nộp giấy tờ */
                                reference: string;
                                procedureName: string;
                                kind: "submission" | "supplement" | "result";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
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
    "/api/dossiers/{id}/files/reuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dùng lại một giấy tờ trong kho dữ liệu cho hồ sơ nháp (không tải lên lại) */
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
                        /** @description tệp trong kho dữ liệu */
                        fileId: number;
                        /** @description thành phần hồ sơ của thủ tục mà tệp được dùng làm */
                        label: string;
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
                            kind: "submission" | "supplement" | "result" | "slip";
                            label: string;
                            fileName: string;
                            contentType: string;
                            size: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description false khi phiếu đang được tạo và ký số */
                            ready: boolean;
                            /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                            reusedFrom?: {
                                dossierId: number;
                                reference: string;
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
    "/api/dossiers/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp của hồ sơ (giấy tờ, phiếu, kết quả) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    fileId: number;
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
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "image/jpeg": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "image/png": {
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
                        "application/pdf": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "image/jpeg": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "image/png": {
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
                        "application/pdf": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "image/jpeg": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "image/png": {
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
        /** Gỡ tệp khỏi hồ sơ nháp */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    fileId: number;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/dossiers/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh giá mức độ hài lòng (một lần, sau khi nhận kết quả) */
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
                        rating: "very_satisfied" | "satisfied" | "unsatisfied";
                        comment?: string;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi nhận kết quả phát bưu gửi trả kết quả (đã phát, phát không thành công) */
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
                        status: "delivered" | "failed";
                        note?: string;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
    "/api/dossiers/{id}/control-sheet.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 06) */
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
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
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
                        "application/pdf": {
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
    "/api/my/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ của tôi */
        get: {
            parameters: {
                query?: {
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
                                code: string | null;
                                /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                                trackingCode: string;
                                /** @enum {unknown} */
                                status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                                procedureName: string;
                                applicantName: string;
                                channel: string;
                                currentStep: number | null;
                                stepName: string | null;
                                /** Format: date-time */
                                submittedAt: string | null;
                                /** Format: date-time */
                                receivedAt: string | null;
                                /** Format: date-time */
                                dueAt: string | null;
                                /** Format: date-time */
                                stepDueAt: string | null;
                                /** Format: date-time */
                                extendedDueAt: string | null;
                                workingDaysLeft: number | null;
                                overdue: boolean;
                                /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                                paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                                version: number;
                                /** Format: date-time */
                                deadline?: string | null;
                                /** @description hạn của bước xử lý hiện tại (không phải hạn trả kết quả) */
                                deadlineOfStep?: boolean;
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
    "/api/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ cần xử lý của cán bộ (một cửa và các bước xử lý), hạn gần nhất trước */
        get: {
            parameters: {
                query?: {
                    /** @description work: việc của tôi; all: mọi hồ sơ cơ quan đã giải quyết */
                    scope?: "work" | "all";
                    status?: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                    due?: "today" | "tomorrow" | "overdue";
                    sort?: "deadline" | "submitted" | "received" | "code";
                    order?: "asc" | "desc";
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
                                code: string | null;
                                /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                                trackingCode: string;
                                /** @enum {unknown} */
                                status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                                procedureName: string;
                                applicantName: string;
                                channel: string;
                                currentStep: number | null;
                                stepName: string | null;
                                /** Format: date-time */
                                submittedAt: string | null;
                                /** Format: date-time */
                                receivedAt: string | null;
                                /** Format: date-time */
                                dueAt: string | null;
                                /** Format: date-time */
                                stepDueAt: string | null;
                                /** Format: date-time */
                                extendedDueAt: string | null;
                                workingDaysLeft: number | null;
                                overdue: boolean;
                                /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                                paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                                version: number;
                                /** Format: date-time */
                                deadline?: string | null;
                                /** @description hạn của bước xử lý hiện tại (không phải hạn trả kết quả) */
                                deadlineOfStep?: boolean;
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
    "/api/queue/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số hồ sơ của cán bộ: mới nộp, đến hạn hôm nay, ngày mai, quá hạn, chờ bổ sung */
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
                            /** @description mới nộp, chờ tiếp nhận */
                            submitted: number;
                            dueToday: number;
                            dueTomorrow: number;
                            overdue: number;
                            awaitingSupplement: number;
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
    "/api/counter/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tiếp nhận trực tiếp tại quầy cho người nộp không có tài khoản */
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
                        procedureId: number;
                        applicant: {
                            fullName: string;
                            identityNumber?: string;
                            address?: string;
                            phone?: string;
                            /** Format: email */
                            email?: string;
                            kind?: "citizen" | "business";
                        };
                        formData?: {
                            [key: string]: string;
                        };
                        /** @description giấy tờ đã kiểm tra và nhận tại quầy; in trên giấy tiếp nhận */
                        documents?: string[];
                        /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                        feeCategory?: string | null;
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
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureId: number;
                            procedureName: string;
                            procedureDocuments: {
                                name: string;
                                original: number;
                                copies: number;
                                optional?: boolean;
                            }[];
                            /** @description tờ khai điện tử theo phiên bản hồ sơ đã điền */
                            formFields: {
                                name: string;
                                label: string;
                                /**
                                 * @description money: đồng; address: tỉnh/huyện/xã theo danh mục; id_number: CCCD/CMND; table: bảng nhiều dòng; file: giấy tờ đính kèm
                                 * @enum {unknown}
                                 */
                                type: "text" | "textarea" | "number" | "money" | "date" | "select" | "multiselect" | "address" | "id_number" | "phone" | "email" | "checkbox" | "table" | "file";
                                required?: boolean;
                                hint?: string;
                                /** @description các lựa chọn (select, multiselect) */
                                options?: string[];
                                /** @description các cột (table) */
                                columns?: {
                                    name: string;
                                    label: string;
                                    type: "text" | "number" | "date";
                                }[];
                                /** @description chỉ hiện khi trường đứng trước có giá trị này */
                                showIf?: {
                                    field: string;
                                    equals: string;
                                };
                                rules?: {
                                    min?: number;
                                    max?: number;
                                    minLength?: number;
                                    maxLength?: number;
                                    /** @description biểu thức chính quy, khớp toàn bộ câu trả lời */
                                    pattern?: string;
                                    /** @description thông báo lỗi tiếng Việt khi quy tắc không đạt */
                                    message?: string;
                                };
                            }[];
                            /** @description phiên bản tờ khai của hồ sơ */
                            formVersion: number;
                            /** @description câu trả lời tờ khai như khi in: tên đơn vị hành chính, số tiền, ngày dd/MM/yyyy */
                            formDisplay: {
                                [key: string]: string;
                            };
                            receivingAgencyId: number;
                            receivingAgencyName: string;
                            currentAgencyId: number;
                            currentAgencyName: string;
                            applicant: {
                                fullName: string;
                                identityNumber?: string;
                                address?: string;
                                phone?: string;
                                email?: string;
                                kind?: "citizen" | "business";
                            };
                            formData: {
                                [key: string]: string;
                            };
                            channel: "online" | "counter" | "post";
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            outcome: ("approved" | "refused") | (never | null);
                            currentStep: number | null;
                            stepName: string | null;
                            steps: {
                                position: number;
                                name: string;
                                role: "specialist" | "leader";
                                agencyId: number | null;
                                timeShare: number;
                            }[];
                            /** Format: date-time */
                            stepDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            pausedAt: string | null;
                            supplementCount: number;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            closedReason: string | null;
                            rating: ("very_satisfied" | "satisfied" | "unsatisfied") | (never | null);
                            /** @description phí, lệ phí phải nộp (tính khi nộp hồ sơ) */
                            fee: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description với hồ sơ nháp: số tiền dự tính theo tờ khai hiện tại (null khi chưa đủ thông tin) */
                            feePreview: {
                                lines: {
                                    code: string;
                                    name: string;
                                    kind: "phi" | "le_phi" | "buu_chinh";
                                    legalBasis: string;
                                    /** @description cách tính */
                                    basis: string;
                                    amount: number;
                                }[];
                                exemption: {
                                    category: string;
                                    label: string;
                                    percent: number;
                                } | null;
                                subtotal: number;
                                discount: number;
                                /** @description đồng */
                                total: number;
                                payWhen: "before_reception" | "before_result";
                            } | null;
                            /** @description đối tượng được miễn, giảm phí (theo biểu phí của thủ tục); null: không */
                            feeCategory: string | null;
                            /** @description các đối tượng được miễn, giảm theo biểu phí của thủ tục */
                            feeExemptions: {
                                category: string;
                                label: string;
                                percent: number;
                            }[];
                            /** @description none: không thu qua hồ sơ; unpaid: chưa nộp; paid: đã nộp; exempt: được miễn */
                            paymentStatus: "none" | "unpaid" | "paid" | "exempt";
                            /** Format: date-time */
                            paidAt: string | null;
                            /** @description còn phải nộp phí và hồ sơ đang ở trạng thái nộp được */
                            payable: boolean;
                            resultDelivery: "counter" | "post";
                            deliveryAddress: string | null;
                            /** @description số hiệu bưu gửi */
                            consignmentNumber: string | null;
                            deliveryStatus: ("sent" | "delivered" | "failed") | (never | null);
                            /** Format: date-time */
                            deliveryUpdatedAt: string | null;
                            /** @description cước trả kết quả qua bưu chính */
                            postageVnd: number;
                            /** @description ngày làm việc còn lại; âm khi đã quá hạn */
                            workingDaysLeft: number | null;
                            version: number;
                            files: {
                                id: number;
                                kind: "submission" | "supplement" | "result" | "slip";
                                label: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description false khi phiếu đang được tạo và ký số */
                                ready: boolean;
                                /** @description giấy tờ lấy từ kho dữ liệu của công dân: hồ sơ trước đó */
                                reusedFrom?: {
                                    dossierId: number;
                                    reference: string;
                                } | null;
                            }[];
                            events: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                agencyName: string | null;
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                step: number | null;
                                note: string | null;
                                /** @description bước xử lý mà hồ sơ được chuyển đến */
                                stepName: string | null;
                                /** @description giấy tờ được yêu cầu bổ sung */
                                items: string[];
                            }[];
                            /** @description các thao tác người dùng hiện tại được phép làm */
                            actions: ("submit" | "receive" | "reject" | "start_processing" | "forward" | "send_back" | "request_supplement" | "resubmit" | "approve" | "refuse" | "return" | "withdraw" | "stop" | "extend")[];
                            /** @description vai trò của người xem đối với hồ sơ */
                            viewerRoles: ("applicant" | "reception" | "specialist" | "leader")[];
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/dossiers/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tra cứu hồ sơ theo mã (không có thông tin cá nhân) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
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
                            /** @description null: nộp trực tuyến, chờ tiếp nhận */
                            code: string | null;
                            /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                            trackingCode: string;
                            procedureName: string;
                            /** @description cơ quan tiếp nhận */
                            agencyName: string;
                            /** @description cơ quan đang giải quyết */
                            currentAgencyName: string;
                            /** @enum {unknown} */
                            status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** @description TrangThaiHoSo của Cổng dịch vụ công quốc gia */
                            nationalStatusCode: number;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            extendedDueAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            returnedAt: string | null;
                            /** @description đúng hạn: đã giải quyết trước hạn, hoặc chưa đến hạn */
                            onTime: boolean | null;
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tra cứu hồ sơ theo số CCCD/mã số thuế và số điện thoại của người nộp */
        get: {
            parameters: {
                query: {
                    /** @description số CCCD hoặc mã số thuế */
                    identityNumber: string;
                    /** @description số điện thoại khai trong hồ sơ */
                    phone: string;
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
                                /** @description null: nộp trực tuyến, chờ tiếp nhận */
                                code: string | null;
                                /** @description mã tra cứu (TS-…), có từ khi hồ sơ được tạo; dùng để tra cứu trước khi hồ sơ được tiếp nhận và cấp mã hồ sơ */
                                trackingCode: string;
                                procedureName: string;
                                /** @description cơ quan tiếp nhận */
                                agencyName: string;
                                /** @description cơ quan đang giải quyết */
                                currentAgencyName: string;
                                /** @enum {unknown} */
                                status: "draft" | "submitted" | "received" | "rejected" | "processing" | "awaiting_supplement" | "awaiting_payment" | "withdrawn" | "stopped" | "result_ready" | "returned";
                                statusLabel: string;
                                /** Format: date-time */
                                submittedAt: string | null;
                                /** @description TrangThaiHoSo của Cổng dịch vụ công quốc gia */
                                nationalStatusCode: number;
                                /** Format: date-time */
                                receivedAt: string | null;
                                /** Format: date-time */
                                dueAt: string | null;
                                /** Format: date-time */
                                extendedDueAt: string | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                                /** Format: date-time */
                                returnedAt: string | null;
                                /** @description đúng hạn: đã giải quyết trước hạn, hoặc chưa đến hạn */
                                onTime: boolean | null;
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/counters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số liệu sổ theo dõi hồ sơ của một cơ quan trong kỳ */
        get: {
            parameters: {
                query: {
                    agencyId: number;
                    /** @description yyyy-MM-dd */
                    from: string;
                    /** @description yyyy-MM-dd */
                    to: string;
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
                            received: number;
                            processing: number;
                            awaitingSupplement: number;
                            resolvedEarly: number;
                            resolvedOnTime: number;
                            resolvedLate: number;
                            overdue: number;
                            refused: number;
                            stopped: number;
                            withdrawn: number;
                            returned: number;
                            rejected: number;
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
    "/api/reports/tracking-book.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ theo dõi hồ sơ (mẫu 07) của một cơ quan trong kỳ */
        get: {
            parameters: {
                query: {
                    agencyId: number;
                    /** @description yyyy-MM-dd */
                    from: string;
                    /** @description yyyy-MM-dd */
                    to: string;
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
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
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
                        "application/pdf": {
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
                        "application/pdf": {
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
    "/api/appointments/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các khung giờ còn chỗ trong một ngày, tại cơ quan giải quyết thủ tục */
        get: {
            parameters: {
                query: {
                    procedureId: number;
                    /** @description yyyy-MM-dd */
                    day: string;
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
                            /**
                             * Format: date
                             * @description yyyy-MM-dd
                             */
                            day: string;
                            agencyId: number;
                            agencyName: string;
                            /** @description lý do ngày nghỉ */
                            dayOff: string | null;
                            counters: number;
                            slots: {
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                available: number;
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
    "/api/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đặt lịch hẹn nộp hồ sơ tại quầy (không trùng chỗ khi nhiều người đặt cùng lúc) */
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
                        procedureId: number;
                        /**
                         * Format: date-time
                         * @description giờ bắt đầu của một khung giờ trong danh sách
                         */
                        startsAt: string;
                        phone?: string;
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
                            /** @description mã lịch hẹn, đọc tại quầy để lấy số */
                            code: string;
                            agencyId: number;
                            agencyName: string;
                            counterId: number;
                            counterName: string;
                            procedureId: number;
                            procedureName: string;
                            fullName: string;
                            phone: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            status: "booked" | "checked_in" | "cancelled";
                            /** @description số thứ tự đã cấp khi đến */
                            ticketNumber: number | null;
                            /** Format: date-time */
                            createdAt: string;
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
    "/api/my/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch hẹn của tôi */
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
                                id: number;
                                /** @description mã lịch hẹn, đọc tại quầy để lấy số */
                                code: string;
                                agencyId: number;
                                agencyName: string;
                                counterId: number;
                                counterName: string;
                                procedureId: number;
                                procedureName: string;
                                fullName: string;
                                phone: string | null;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                status: "booked" | "checked_in" | "cancelled";
                                /** @description số thứ tự đã cấp khi đến */
                                ticketNumber: number | null;
                                /** Format: date-time */
                                createdAt: string;
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
    "/api/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hủy lịch hẹn */
        post: {
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
                            /** @description mã lịch hẹn, đọc tại quầy để lấy số */
                            code: string;
                            agencyId: number;
                            agencyName: string;
                            counterId: number;
                            counterName: string;
                            procedureId: number;
                            procedureName: string;
                            fullName: string;
                            phone: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            status: "booked" | "checked_in" | "cancelled";
                            /** @description số thứ tự đã cấp khi đến */
                            ticketNumber: number | null;
                            /** Format: date-time */
                            createdAt: string;
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
    "/api/counters/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các quầy tiếp nhận của cán bộ một cửa */
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
                                id: number;
                                agencyId: number;
                                name: string;
                                capacity: number;
                                slotMinutes: number;
                                active: boolean;
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
    "/api/queue/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp số thứ tự: theo mã lịch hẹn, hoặc cho người đến không hẹn trước */
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
                        agencyId: number;
                        /** @description mã lịch hẹn; không có: người đến không hẹn trước */
                        appointmentCode?: string;
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
                            agencyId: number;
                            /**
                             * Format: date
                             * @description yyyy-MM-dd
                             */
                            day: string;
                            number: number;
                            appointmentId: number | null;
                            status: "waiting" | "called" | "served";
                            counterId: number | null;
                            counterName: string | null;
                            /** Format: date-time */
                            issuedAt: string;
                            /** Format: date-time */
                            calledAt: string | null;
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
    "/api/counters/{id}/call-next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gọi số tiếp theo đến quầy (người có lịch hẹn trước) */
        post: {
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
                            ticket: {
                                id: number;
                                agencyId: number;
                                /**
                                 * Format: date
                                 * @description yyyy-MM-dd
                                 */
                                day: string;
                                number: number;
                                appointmentId: number | null;
                                status: "waiting" | "called" | "served";
                                counterId: number | null;
                                counterName: string | null;
                                /** Format: date-time */
                                issuedAt: string;
                                /** Format: date-time */
                                calledAt: string | null;
                            } | null;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counters/{id}/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch hẹn hôm nay, số người đang chờ và số đang phục vụ tại quầy */
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
                            counter: {
                                id: number;
                                agencyId: number;
                                name: string;
                                capacity: number;
                                slotMinutes: number;
                                active: boolean;
                            };
                            /**
                             * Format: date
                             * @description yyyy-MM-dd
                             */
                            day: string;
                            appointments: {
                                id: number;
                                /** @description mã lịch hẹn, đọc tại quầy để lấy số */
                                code: string;
                                agencyId: number;
                                agencyName: string;
                                counterId: number;
                                counterName: string;
                                procedureId: number;
                                procedureName: string;
                                fullName: string;
                                phone: string | null;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                status: "booked" | "checked_in" | "cancelled";
                                /** @description số thứ tự đã cấp khi đến */
                                ticketNumber: number | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            waiting: number;
                            current: {
                                id: number;
                                agencyId: number;
                                /**
                                 * Format: date
                                 * @description yyyy-MM-dd
                                 */
                                day: string;
                                number: number;
                                appointmentId: number | null;
                                status: "waiting" | "called" | "served";
                                counterId: number | null;
                                counterName: string | null;
                                /** Format: date-time */
                                issuedAt: string;
                                /** Format: date-time */
                                calledAt: string | null;
                            } | null;
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
    "/api/public/agencies/{id}/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Màn hình gọi số của bộ phận một cửa */
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
                            agencyName: string;
                            /**
                             * Format: date
                             * @description yyyy-MM-dd
                             */
                            day: string;
                            waiting: number;
                            called: {
                                number: number;
                                counterName: string;
                                /** Format: date-time */
                                calledAt: string;
                            }[];
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
    "/api/admin/counters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các quầy tiếp nhận của một cơ quan */
        get: {
            parameters: {
                query: {
                    agencyId: number;
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
                                agencyId: number;
                                name: string;
                                capacity: number;
                                slotMinutes: number;
                                active: boolean;
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
        /** Thêm quầy tiếp nhận (số lịch hẹn mỗi khung giờ, độ dài khung giờ) */
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
                        agencyId: number;
                        name: string;
                        /** @description số lịch hẹn mỗi khung giờ */
                        capacity: number;
                        slotMinutes: 10 | 15 | 20 | 30 | 60;
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
                            agencyId: number;
                            name: string;
                            capacity: number;
                            slotMinutes: number;
                            active: boolean;
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
    "/api/admin/counters/{id}": {
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
        /** Sửa quầy tiếp nhận */
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
                        name?: string;
                        /** @description số lịch hẹn mỗi khung giờ */
                        capacity?: number;
                        slotMinutes?: 10 | 15 | 20 | 30 | 60;
                        active?: boolean;
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
                            agencyId: number;
                            name: string;
                            capacity: number;
                            slotMinutes: number;
                            active: boolean;
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
    "/api/dossiers/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lần nộp phí, lệ phí của hồ sơ */
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
                            items: {
                                id: number;
                                /** @description mã tham chiếu thanh toán (MaThamChieu) */
                                reference: string;
                                dossierId: number;
                                /** @description đồng */
                                amount: number;
                                lines: {
                                    code: string;
                                    name: string;
                                    basis: string;
                                    amount: number;
                                }[];
                                channel: "online" | "counter";
                                /** @description pending: đang chờ nền tảng xác nhận; paid: đã nộp; failed: không thành công; expired: quá hạn */
                                status: "pending" | "paid" | "failed" | "expired";
                                /** @description trang thanh toán của nền tảng (khi đang chờ) */
                                paymentUrl: string | null;
                                /** @description mã giao dịch của nền tảng (MaGiaoDich) */
                                transactionId: string | null;
                                bankCode: string | null;
                                confirmedBy: ("callback" | "query" | "counter") | (never | null);
                                /** Format: date-time */
                                paidAt: string | null;
                                failure: string | null;
                                receiptNumber: string | null;
                                /** @description biên lai điện tử đã ký số, tải được */
                                receiptReady: boolean;
                                /** Format: date-time */
                                createdAt: string;
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
        /** Người nộp hồ sơ bắt đầu thanh toán trực tuyến: số tiền do hệ thống tính; trả về trang thanh toán của nền tảng */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description mã tham chiếu thanh toán (MaThamChieu) */
                            reference: string;
                            dossierId: number;
                            /** @description đồng */
                            amount: number;
                            lines: {
                                code: string;
                                name: string;
                                basis: string;
                                amount: number;
                            }[];
                            channel: "online" | "counter";
                            /** @description pending: đang chờ nền tảng xác nhận; paid: đã nộp; failed: không thành công; expired: quá hạn */
                            status: "pending" | "paid" | "failed" | "expired";
                            /** @description trang thanh toán của nền tảng (khi đang chờ) */
                            paymentUrl: string | null;
                            /** @description mã giao dịch của nền tảng (MaGiaoDich) */
                            transactionId: string | null;
                            bankCode: string | null;
                            confirmedBy: ("callback" | "query" | "counter") | (never | null);
                            /** Format: date-time */
                            paidAt: string | null;
                            failure: string | null;
                            receiptNumber: string | null;
                            /** @description biên lai điện tử đã ký số, tải được */
                            receiptReady: boolean;
                            /** Format: date-time */
                            createdAt: string;
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
                /** @description Default Response */
                502: {
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
    "/api/dossiers/{id}/payments/counter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cán bộ một cửa thu phí, lệ phí tại quầy (tiền mặt); cấp biên lai điện tử */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description mã tham chiếu thanh toán (MaThamChieu) */
                            reference: string;
                            dossierId: number;
                            /** @description đồng */
                            amount: number;
                            lines: {
                                code: string;
                                name: string;
                                basis: string;
                                amount: number;
                            }[];
                            channel: "online" | "counter";
                            /** @description pending: đang chờ nền tảng xác nhận; paid: đã nộp; failed: không thành công; expired: quá hạn */
                            status: "pending" | "paid" | "failed" | "expired";
                            /** @description trang thanh toán của nền tảng (khi đang chờ) */
                            paymentUrl: string | null;
                            /** @description mã giao dịch của nền tảng (MaGiaoDich) */
                            transactionId: string | null;
                            bankCode: string | null;
                            confirmedBy: ("callback" | "query" | "counter") | (never | null);
                            /** Format: date-time */
                            paidAt: string | null;
                            failure: string | null;
                            receiptNumber: string | null;
                            /** @description biên lai điện tử đã ký số, tải được */
                            receiptReady: boolean;
                            /** Format: date-time */
                            createdAt: string;
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
    "/api/payments/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trạng thái một giao dịch (trang kết quả thanh toán); khi chưa có xác nhận, hệ thống hỏi lại nền tảng */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description mã tham chiếu thanh toán (MaThamChieu) */
                    reference: string;
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
                            /** @description mã tham chiếu thanh toán (MaThamChieu) */
                            reference: string;
                            dossierId: number;
                            /** @description đồng */
                            amount: number;
                            lines: {
                                code: string;
                                name: string;
                                basis: string;
                                amount: number;
                            }[];
                            channel: "online" | "counter";
                            /** @description pending: đang chờ nền tảng xác nhận; paid: đã nộp; failed: không thành công; expired: quá hạn */
                            status: "pending" | "paid" | "failed" | "expired";
                            /** @description trang thanh toán của nền tảng (khi đang chờ) */
                            paymentUrl: string | null;
                            /** @description mã giao dịch của nền tảng (MaGiaoDich) */
                            transactionId: string | null;
                            bankCode: string | null;
                            confirmedBy: ("callback" | "query" | "counter") | (never | null);
                            /** Format: date-time */
                            paidAt: string | null;
                            failure: string | null;
                            receiptNumber: string | null;
                            /** @description biên lai điện tử đã ký số, tải được */
                            receiptReady: boolean;
                            /** Format: date-time */
                            createdAt: string;
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
    "/api/payments/{reference}/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Biên lai thu phí, lệ phí điện tử (PDF ký số của cơ quan thu) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description mã tham chiếu thanh toán (MaThamChieu) */
                    reference: string;
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
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
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
                        "application/pdf": {
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
                        "application/pdf": {
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
    "/api/payments/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nền tảng thanh toán thông báo kết quả giao dịch (kiểm tra MaXacThuc, số tiền; thông báo lặp lại không thay đổi gì) */
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
                        [key: string]: string | number | (never | null);
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
                            MaLoi: string;
                            MoTaLoi: string;
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
    "/api/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các khoản thu của cơ quan (kế toán, quản trị) trong một khoảng ngày */
        get: {
            parameters: {
                query?: {
                    /** @description yyyy-MM-dd */
                    from?: string;
                    /** @description yyyy-MM-dd */
                    to?: string;
                    /** @description pending: đang chờ nền tảng xác nhận; paid: đã nộp; failed: không thành công; expired: quá hạn */
                    status?: "pending" | "paid" | "failed" | "expired";
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
                                /** @description mã tham chiếu thanh toán (MaThamChieu) */
                                reference: string;
                                dossierId: number;
                                /** @description đồng */
                                amount: number;
                                lines: {
                                    code: string;
                                    name: string;
                                    basis: string;
                                    amount: number;
                                }[];
                                channel: "online" | "counter";
                                /** @description pending: đang chờ nền tảng xác nhận; paid: đã nộp; failed: không thành công; expired: quá hạn */
                                status: "pending" | "paid" | "failed" | "expired";
                                /** @description trang thanh toán của nền tảng (khi đang chờ) */
                                paymentUrl: string | null;
                                /** @description mã giao dịch của nền tảng (MaGiaoDich) */
                                transactionId: string | null;
                                bankCode: string | null;
                                confirmedBy: ("callback" | "query" | "counter") | (never | null);
                                /** Format: date-time */
                                paidAt: string | null;
                                failure: string | null;
                                receiptNumber: string | null;
                                /** @description biên lai điện tử đã ký số, tải được */
                                receiptReady: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                dossierCode: string | null;
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
    "/api/payments/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đối soát một ngày đã qua với bảng kê của nền tảng (GET_BILL); chạy lại được */
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
                        /**
                         * Format: date
                         * @description yyyy-MM-dd
                         */
                        day: string;
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
                            /**
                             * Format: date
                             * @description yyyy-MM-dd
                             */
                            day: string;
                            /** Format: date-time */
                            ranAt: string;
                            platformCount: number;
                            platformTotal: number;
                            ourCount: number;
                            ourTotal: number;
                            differences: {
                                id: number;
                                reference: string;
                                /** @description missing_here: nền tảng đã thu, hệ thống chưa ghi nhận; missing_there: hệ thống ghi nhận, nền tảng không có; amount: lệch số tiền */
                                kind: "missing_here" | "missing_there" | "amount";
                                agencyId: number | null;
                                agencyName: string | null;
                                ourAmount: number | null;
                                platformAmount: number | null;
                                transactionId: string | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                                resolvedByName: string | null;
                                resolution: string | null;
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
                /** @description Default Response */
                502: {
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
    "/api/payments/reconciliations/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kết quả đối soát một ngày: các chênh lệch thuộc cơ quan của người xem */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description yyyy-MM-dd */
                    day: string;
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
                            /**
                             * Format: date
                             * @description yyyy-MM-dd
                             */
                            day: string;
                            /** Format: date-time */
                            ranAt: string;
                            platformCount: number;
                            platformTotal: number;
                            ourCount: number;
                            ourTotal: number;
                            differences: {
                                id: number;
                                reference: string;
                                /** @description missing_here: nền tảng đã thu, hệ thống chưa ghi nhận; missing_there: hệ thống ghi nhận, nền tảng không có; amount: lệch số tiền */
                                kind: "missing_here" | "missing_there" | "amount";
                                agencyId: number | null;
                                agencyName: string | null;
                                ourAmount: number | null;
                                platformAmount: number | null;
                                transactionId: string | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                                resolvedByName: string | null;
                                resolution: string | null;
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
    "/api/payments/differences/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kế toán ghi nhận đã xử lý một chênh lệch đối soát */
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
                        /** @description cách đã xử lý (hoàn trả, ghi nhận bổ sung...) */
                        resolution: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/documents/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Loại văn bản (Phụ lục III Nghị định 30/2020), độ khẩn, độ mật */
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
                            types: {
                                code: string;
                                name: string;
                                abbreviation: string | null;
                            }[];
                            urgency: string[];
                            confidentiality: string[];
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
    "/api/documents/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đơn vị và cán bộ người dùng được trình, giao việc: cơ quan mình và các đơn vị trực thuộc */
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
                            agencies: {
                                id: number;
                                name: string;
                                parentId: number | null;
                                code: string;
                            }[];
                            people: {
                                id: number;
                                fullName: string;
                                agencyId: number;
                                roles: string[];
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
    "/api/documents/registers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ văn bản đến, đi của các cơ quan của người dùng (số cuối đã cấp) */
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
                                id: number;
                                agencyId: number;
                                /** @description incoming: văn bản đến; outgoing: văn bản đi */
                                direction: "incoming" | "outgoing";
                                year: number;
                                name: string;
                                agencySymbol: string;
                                lastNumber: number;
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
    "/api/documents/registers/{id}": {
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
        /** Văn thư đặt tên sổ và chữ viết tắt tên cơ quan dùng trong ký hiệu văn bản */
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
                        name?: string;
                        /** @description chữ viết tắt tên cơ quan trong ký hiệu, ví dụ UBND, STP */
                        agencySymbol?: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn bản người dùng được xem: của cơ quan mình và được giao cho mình; tìm không dấu theo số, ký hiệu, trích yếu */
        get: {
            parameters: {
                query?: {
                    /** @description incoming: văn bản đến; outgoing: văn bản đi */
                    direction?: "incoming" | "outgoing";
                    /** @description đến: arrived (chờ vào sổ), registered, in_progress, done, returned; đi: draft, in_review, approved (chờ ký), signed, issued */
                    status?: "arrived" | "registered" | "in_progress" | "done" | "returned" | "draft" | "in_review" | "approved" | "signed" | "issued";
                    /** @description tìm theo số, ký hiệu, trích yếu, cơ quan ban hành (không cần dấu) */
                    q?: string;
                    /** @description chỉ văn bản có việc đang giao cho tôi hoặc đơn vị tôi */
                    mine?: boolean;
                    /** @description văn bản kết quả của một hồ sơ một cửa */
                    dossierId?: number;
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
                                agencyId: number;
                                agencyName: string;
                                /** @description incoming: văn bản đến; outgoing: văn bản đi */
                                direction: "incoming" | "outgoing";
                                /**
                                 * @description đến: arrived (chờ vào sổ), registered, in_progress, done, returned; đi: draft, in_review, approved (chờ ký), signed, issued
                                 * @enum {unknown}
                                 */
                                status: "arrived" | "registered" | "in_progress" | "done" | "returned" | "draft" | "in_review" | "approved" | "signed" | "issued";
                                docType: string;
                                summary: string;
                                body: string | null;
                                urgency: number;
                                confidentiality: number;
                                /** @description số đi (văn bản đi) hoặc số đến (văn bản đến) */
                                number: number | null;
                                /** @description số và ký hiệu của văn bản, ví dụ 15/QĐ-UBND */
                                numberSymbol: string | null;
                                unitSymbol: string | null;
                                issuerName: string | null;
                                issuerCode: string | null;
                                /**
                                 * Format: date
                                 * @description yyyy-MM-dd
                                 */
                                issuedOn: string | null;
                                /** Format: date-time */
                                receivedAt: string | null;
                                /** @description paper, platform (liên thông trên hệ thống), axis (trục quốc gia) */
                                channel: string | null;
                                /**
                                 * Format: date
                                 * @description yyyy-MM-dd
                                 */
                                dueOn: string | null;
                                leaderId: number | null;
                                leaderName: string | null;
                                signerId: number | null;
                                signerName: string | null;
                                signerPosition: string | null;
                                signerCompetence: string | null;
                                /** Format: date-time */
                                signedAt: string | null;
                                /** Format: date-time */
                                issuedAt: string | null;
                                hasFile: boolean;
                                sourceId: number | null;
                                exchangeId: string | null;
                                /** @description văn bản đến mà văn bản này trả lời */
                                respondsTo: number | null;
                                /** @description hồ sơ một cửa có kết quả là văn bản này */
                                dossierId: number | null;
                                createdBy: number | null;
                                createdByName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                                /** @description có việc được giao đã quá hạn */
                                overdue: boolean;
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
            };
        };
        put?: never;
        /** Soạn thảo văn bản đi (dự thảo) theo mẫu của loại văn bản */
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
                        agencyId: number;
                        /**
                         * @description mã loại văn bản (GET /documents/types)
                         * @enum {unknown}
                         */
                        docType: "NQ" | "QD" | "CT" | "QC" | "QYD" | "TC" | "TB" | "HD" | "CTR" | "KH" | "PA" | "DAN" | "DA" | "BC" | "BB" | "TTR" | "HDG" | "CD" | "BGN" | "BTT" | "GUQ" | "GM" | "GGT" | "GNP" | "PG" | "PC" | "PB" | "CV";
                        summary: string;
                        body: string;
                        /** @description 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ */
                        urgency: number;
                        /** @description 0 thường, 1 mật, 2 tối mật, 3 tuyệt mật (chỉ đăng ký thông tin) */
                        confidentiality: number;
                        /** @description ký hiệu đơn vị soạn thảo (công văn), ví dụ VP */
                        unitSymbol?: string | null;
                        recipients: {
                            agencyId?: number | null;
                            organId?: string | null;
                            organName?: string | null;
                        }[];
                        signerId: number;
                        signerPosition: string;
                        signerCompetence?: string | null;
                        /**
                         * Format: date
                         * @description yyyy-MM-dd
                         */
                        dueOn?: string | null;
                        dossierId?: number | null;
                        respondsTo?: number | null;
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
    "/api/documents/quarantine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gói tin edXML bị từ chối khi nhận qua trục (sai định dạng, không ký, bị sửa): lý do */
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
                                id: number;
                                messageKey: string;
                                fromOrgan: string | null;
                                toOrgans: string[];
                                reasonCode: string | null;
                                reason: string | null;
                                /** Format: date-time */
                                createdAt: string;
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
    "/api/documents/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thống kê tháng của một cơ quan: văn bản đến, đi, tỉ lệ gửi nhận điện tử, tỉ lệ ký số, việc hoàn thành đúng hạn */
        get: {
            parameters: {
                query: {
                    agencyId: number;
                    /** @description yyyy-MM */
                    month: string;
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
                            agencyId: number;
                            month: string;
                            received: number;
                            receivedElectronically: number;
                            sent: number;
                            sentElectronically: number;
                            signed: number;
                            assignmentsDue: number;
                            assignmentsOnTime: number;
                            /** @description % */
                            electronicShare: number | null;
                            /** @description % */
                            signedShare: number | null;
                            /** @description % */
                            onTimeShare: number | null;
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
    "/api/documents/incoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Văn thư vào sổ văn bản đến (văn bản giấy, đã quét) và trình lãnh đạo */
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
                        agencyId: number;
                        /**
                         * @description mã loại văn bản (GET /documents/types)
                         * @enum {unknown}
                         */
                        docType: "NQ" | "QD" | "CT" | "QC" | "QYD" | "TC" | "TB" | "HD" | "CTR" | "KH" | "PA" | "DAN" | "DA" | "BC" | "BB" | "TTR" | "HDG" | "CD" | "BGN" | "BTT" | "GUQ" | "GM" | "GGT" | "GNP" | "PG" | "PC" | "PB" | "CV";
                        numberSymbol: string;
                        /**
                         * Format: date
                         * @description yyyy-MM-dd
                         */
                        issuedOn: string;
                        issuerName: string;
                        issuerCode?: string | null;
                        summary: string;
                        /** @description 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ */
                        urgency: number;
                        /** @description 0 thường, 1 mật, 2 tối mật, 3 tuyệt mật (chỉ đăng ký thông tin) */
                        confidentiality: number;
                        /**
                         * Format: date
                         * @description yyyy-MM-dd
                         */
                        dueOn?: string | null;
                        leaderId: number;
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn bản: thông tin, tệp đính kèm, nơi nhận, ý kiến, việc được giao, quá trình xử lý */
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
                            document: {
                                id: number;
                                agencyId: number;
                                agencyName: string;
                                /** @description incoming: văn bản đến; outgoing: văn bản đi */
                                direction: "incoming" | "outgoing";
                                /**
                                 * @description đến: arrived (chờ vào sổ), registered, in_progress, done, returned; đi: draft, in_review, approved (chờ ký), signed, issued
                                 * @enum {unknown}
                                 */
                                status: "arrived" | "registered" | "in_progress" | "done" | "returned" | "draft" | "in_review" | "approved" | "signed" | "issued";
                                docType: string;
                                summary: string;
                                body: string | null;
                                urgency: number;
                                confidentiality: number;
                                /** @description số đi (văn bản đi) hoặc số đến (văn bản đến) */
                                number: number | null;
                                /** @description số và ký hiệu của văn bản, ví dụ 15/QĐ-UBND */
                                numberSymbol: string | null;
                                unitSymbol: string | null;
                                issuerName: string | null;
                                issuerCode: string | null;
                                /**
                                 * Format: date
                                 * @description yyyy-MM-dd
                                 */
                                issuedOn: string | null;
                                /** Format: date-time */
                                receivedAt: string | null;
                                /** @description paper, platform (liên thông trên hệ thống), axis (trục quốc gia) */
                                channel: string | null;
                                /**
                                 * Format: date
                                 * @description yyyy-MM-dd
                                 */
                                dueOn: string | null;
                                leaderId: number | null;
                                leaderName: string | null;
                                signerId: number | null;
                                signerName: string | null;
                                signerPosition: string | null;
                                signerCompetence: string | null;
                                /** Format: date-time */
                                signedAt: string | null;
                                /** Format: date-time */
                                issuedAt: string | null;
                                hasFile: boolean;
                                sourceId: number | null;
                                exchangeId: string | null;
                                /** @description văn bản đến mà văn bản này trả lời */
                                respondsTo: number | null;
                                /** @description hồ sơ một cửa có kết quả là văn bản này */
                                dossierId: number | null;
                                createdBy: number | null;
                                createdByName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                            attachments: {
                                id: number;
                                name: string;
                                sha256: string;
                                size: number;
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            recipients: {
                                id: number;
                                agencyId: number | null;
                                organId: string;
                                organName: string;
                                channel: string;
                                /** @description pending, delivered, sent, arrived, rejected, registered, assigned, in_progress, done, failed */
                                status: string;
                                statusNote: string | null;
                                deliveredId: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            reviews: {
                                id: number;
                                reviewerId: number;
                                reviewerName: string;
                                round: number;
                                verdict: string | null;
                                comment: string | null;
                                /** Format: date-time */
                                requestedAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            assignments: {
                                id: number;
                                agencyId: number;
                                agencyName: string;
                                userId: number | null;
                                userName: string | null;
                                role: string;
                                /**
                                 * Format: date
                                 * @description yyyy-MM-dd
                                 */
                                deadline: string | null;
                                note: string | null;
                                status: string;
                                report: string | null;
                                assignedByName: string;
                                /** Format: date-time */
                                assignedAt: string;
                                /** Format: date-time */
                                doneAt: string | null;
                                late: boolean;
                            }[];
                            history: {
                                /** Format: date-time */
                                at: string;
                                actorName: string;
                                action: string;
                                note: string | null;
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
        /** Người soạn thảo sửa dự thảo */
        put: {
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
                        /**
                         * @description mã loại văn bản (GET /documents/types)
                         * @enum {unknown}
                         */
                        docType: "NQ" | "QD" | "CT" | "QC" | "QYD" | "TC" | "TB" | "HD" | "CTR" | "KH" | "PA" | "DAN" | "DA" | "BC" | "BB" | "TTR" | "HDG" | "CD" | "BGN" | "BTT" | "GUQ" | "GM" | "GGT" | "GNP" | "PG" | "PC" | "PB" | "CV";
                        summary: string;
                        body: string;
                        /** @description 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ */
                        urgency: number;
                        /** @description 0 thường, 1 mật, 2 tối mật, 3 tuyệt mật (chỉ đăng ký thông tin) */
                        confidentiality: number;
                        /** @description ký hiệu đơn vị soạn thảo (công văn), ví dụ VP */
                        unitSymbol?: string | null;
                        recipients: {
                            agencyId?: number | null;
                            organId?: string | null;
                            organName?: string | null;
                        }[];
                        signerId: number;
                        signerPosition: string;
                        signerCompetence?: string | null;
                        /**
                         * Format: date
                         * @description yyyy-MM-dd
                         */
                        dueOn?: string | null;
                        /** @description phiên bản văn bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /** @enum {boolean} */
                            ok: true;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/file.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tệp văn bản (PDF): dự thảo xem trước, bản đã ký, bản ban hành có chữ ký cơ quan */
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
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
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
                        "application/pdf": {
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
    "/api/documents/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đính kèm tệp vào dự thảo, hoặc bản quét của văn bản giấy (multipart: file; PDF/JPEG/PNG, kiểm tra theo nội dung) */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            sha256: string;
                            size: number;
                            contentType: string;
                            /** Format: date-time */
                            createdAt: string;
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
                /** @description Default Response */
                413: {
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
                415: {
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
    "/api/documents/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp đính kèm */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    attachmentId: number;
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
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "image/jpeg": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "image/png": {
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
                        "application/pdf": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "image/jpeg": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "image/png": {
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
    "/api/documents/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Văn thư vào sổ văn bản đến đã nhận điện tử và trình lãnh đạo (báo nơi gửi: đã vào sổ) */
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
                        leaderId: number;
                        /** @description phiên bản văn bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/documents/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Văn thư trả lại văn bản nhận nhầm, có lý do (báo nơi gửi: từ chối) */
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
                        reason: string;
                        /** @description phiên bản văn bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/documents/{id}/direction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lãnh đạo bút phê và giao việc: một đơn vị/người chủ trì, các đơn vị phối hợp, hạn xử lý */
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
                        direction: string;
                        assignments: {
                            agencyId: number;
                            userId?: number | null;
                            /** @description lead: chủ trì; support: phối hợp */
                            role: "lead" | "support";
                            /**
                             * Format: date
                             * @description yyyy-MM-dd
                             */
                            deadline?: string | null;
                            note?: string | null;
                        }[];
                        /** @description phiên bản văn bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/documents/{id}/assignments/{assignmentId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người, đơn vị được giao báo cáo hoàn thành */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    assignmentId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        report: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/documents/{id}/assignments/{assignmentId}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lãnh đạo giao lại việc cho đơn vị, người khác */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    assignmentId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agencyId: number;
                        userId?: number | null;
                        /**
                         * Format: date
                         * @description yyyy-MM-dd
                         */
                        deadline?: string | null;
                        note?: string | null;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/documents/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người soạn thảo trình dự thảo: cho ý kiến (người xem xét) hoặc trình ký */
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
                        reviewerIds: number[];
                        /** @description phiên bản văn bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/documents/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người xem xét đồng ý hoặc trả lại dự thảo, có ý kiến */
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
                        verdict: "passed" | "returned";
                        comment?: string | null;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/documents/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Người ký ký số văn bản bằng chứng thư cá nhân (PAdES); chứng thư hết hạn, không tin cậy bị từ chối */
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
                        /** @description phiên bản văn bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/documents/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Văn thư cấp số (sổ văn bản đi của năm), ký số của cơ quan và phát hành đến nơi nhận */
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
                        /** @description phiên bản văn bản đã đọc (chống ghi đè) */
                        version: number;
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
                            numberSymbol: string;
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
    "/api/documents/{id}/edxml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gói tin edXML (QCVN 102:2016) của văn bản đã ban hành, ký số XML-DSig của cơ quan */
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
                        "application/xml": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": {
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
                        "application/xml": {
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
                        "application/xml": {
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
    "/api/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Câu hỏi đã được trả lời công khai: tìm không dấu, lọc theo thủ tục, cơ quan */
        get: {
            parameters: {
                query?: {
                    /** @description tìm trong tiêu đề, câu hỏi, câu trả lời (không cần dấu) */
                    q?: string;
                    procedureId?: number;
                    agencyId?: number;
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
                                title: string;
                                body: string;
                                askerName: string;
                                agencyId: number;
                                agencyName: string;
                                procedureId: number | null;
                                procedureName: string | null;
                                answer: string;
                                answeredByAgency: string;
                                /** Format: date-time */
                                askedAt: string;
                                /** Format: date-time */
                                publishedAt: string;
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
        /** Đặt câu hỏi về một thủ tục hoặc một chủ đề (người chưa đăng nhập: họ tên và thư điện tử, không công khai) */
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
                        /** @description tiêu đề câu hỏi */
                        title: string;
                        /** @description nội dung câu hỏi */
                        body: string;
                        procedureId?: number;
                        /** @description cơ quan được hỏi khi không chọn thủ tục; mặc định: UBND tỉnh */
                        agencyId?: number;
                        name?: string;
                        /**
                         * Format: email
                         * @description người chưa đăng nhập: địa chỉ nhận thông báo trả lời (không công khai)
                         */
                        email?: string;
                        /** @description hiện "Công dân" thay cho tên */
                        hideName?: boolean;
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
                            /**
                             * @description pending: chờ trả lời; answered: đã trả lời, chờ lãnh đạo công bố; published: công khai; rejected: từ chối (spam, trùng)
                             * @enum {unknown}
                             */
                            status: "pending" | "answered" | "published" | "rejected";
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
    "/api/questions/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Câu hỏi gửi đến cơ quan của cán bộ (chuyên viên, lãnh đạo), cũ trước */
        get: {
            parameters: {
                query?: {
                    /** @description pending: chờ trả lời; answered: đã trả lời, chờ lãnh đạo công bố; published: công khai; rejected: từ chối (spam, trùng) */
                    status?: "pending" | "answered" | "published" | "rejected";
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
                                title: string;
                                body: string;
                                /** @description họ tên người hỏi (không công khai nếu ẩn) */
                                askerName: string;
                                hideName: boolean;
                                /** @description người hỏi có tài khoản */
                                signedIn: boolean;
                                agencyId: number;
                                agencyName: string;
                                procedureId: number | null;
                                procedureName: string | null;
                                /**
                                 * @description pending: chờ trả lời; answered: đã trả lời, chờ lãnh đạo công bố; published: công khai; rejected: từ chối (spam, trùng)
                                 * @enum {unknown}
                                 */
                                status: "pending" | "answered" | "published" | "rejected";
                                answer: string | null;
                                answeredByName: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                /** Format: date-time */
                                publishedAt: string | null;
                                rejectReason: string | null;
                                duplicateOf: number | null;
                                /** Format: date-time */
                                createdAt: string;
                                version: number;
                                /** @description người dùng là lãnh đạo của cơ quan được hỏi */
                                canPublish: boolean;
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
    "/api/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một câu hỏi đã được trả lời công khai */
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
                            title: string;
                            body: string;
                            askerName: string;
                            agencyId: number;
                            agencyName: string;
                            procedureId: number | null;
                            procedureName: string | null;
                            answer: string;
                            answeredByAgency: string;
                            /** Format: date-time */
                            askedAt: string;
                            /** Format: date-time */
                            publishedAt: string;
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
    "/api/questions/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyên viên, lãnh đạo cơ quan được hỏi trả lời; câu trả lời của lãnh đạo được công bố ngay */
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
                        answer: string;
                        /** @description phiên bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /**
                             * @description pending: chờ trả lời; answered: đã trả lời, chờ lãnh đạo công bố; published: công khai; rejected: từ chối (spam, trùng)
                             * @enum {unknown}
                             */
                            status: "pending" | "answered" | "published" | "rejected";
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
    "/api/questions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lãnh đạo cơ quan công bố câu trả lời (có thể sửa lại) */
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
                        answer?: string;
                        /** @description phiên bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /**
                             * @description pending: chờ trả lời; answered: đã trả lời, chờ lãnh đạo công bố; published: công khai; rejected: từ chối (spam, trùng)
                             * @enum {unknown}
                             */
                            status: "pending" | "answered" | "published" | "rejected";
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
    "/api/questions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Từ chối câu hỏi (spam, trùng: trỏ tới câu đã trả lời) có lý do; người hỏi được báo */
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
                        reason: string;
                        /** @description câu hỏi đã trả lời công khai mà câu này trùng */
                        duplicateOf?: number;
                        /** @description phiên bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /**
                             * @description pending: chờ trả lời; answered: đã trả lời, chờ lãnh đạo công bố; published: công khai; rejected: từ chối (spam, trùng)
                             * @enum {unknown}
                             */
                            status: "pending" | "answered" | "published" | "rejected";
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
    "/api/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tin tức, thông báo đã xuất bản, mới trước; lọc theo chuyên mục */
        get: {
            parameters: {
                query?: {
                    /** @description activity: Tin hoạt động; announcement: Thông báo; new_document: Văn bản mới; new_policy: Chính sách mới */
                    category?: "activity" | "announcement" | "new_document" | "new_policy";
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
                                slug: string;
                                title: string;
                                summary: string;
                                /**
                                 * @description activity: Tin hoạt động; announcement: Thông báo; new_document: Văn bản mới; new_policy: Chính sách mới
                                 * @enum {unknown}
                                 */
                                category: "activity" | "announcement" | "new_document" | "new_policy";
                                categoryName: string;
                                agencyName: string;
                                coverImageUrl: string | null;
                                /** Format: date-time */
                                publishedAt: string;
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
    "/api/news/rss.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nguồn tin RSS 2.0 (tất cả hoặc một chuyên mục) */
        get: {
            parameters: {
                query?: {
                    /** @description activity: Tin hoạt động; announcement: Thông báo; new_document: Văn bản mới; new_policy: Chính sách mới */
                    category?: "activity" | "announcement" | "new_document" | "new_policy";
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
                        "application/rss+xml": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/rss+xml": {
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
    "/api/news/images/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ảnh của bài viết (đã mã hóa lại, không còn EXIF) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
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
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "image/png": {
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
    "/api/news/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một bài viết đã xuất bản */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description đường dẫn: chữ không dấu, số, dấu gạch ngang */
                    slug: string;
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
                            slug: string;
                            title: string;
                            summary: string;
                            /**
                             * @description activity: Tin hoạt động; announcement: Thông báo; new_document: Văn bản mới; new_policy: Chính sách mới
                             * @enum {unknown}
                             */
                            category: "activity" | "announcement" | "new_document" | "new_policy";
                            categoryName: string;
                            agencyName: string;
                            coverImageUrl: string | null;
                            /** Format: date-time */
                            publishedAt: string;
                            /** @description nội dung HTML đã được làm sạch trên máy chủ (danh sách thẻ cho phép) */
                            bodyHtml: string;
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
    "/api/editorial/workplaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cơ quan người dùng biên tập, duyệt bài, trả lời câu hỏi */
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
                            /** @description cơ quan người dùng là biên tập viên */
                            editorOf: {
                                id: number;
                                name: string;
                            }[];
                            /** @description cơ quan người dùng duyệt bài (lãnh đạo; quản trị tỉnh: tất cả) */
                            approverOf: {
                                id: number;
                                name: string;
                            }[];
                            /** @description cơ quan người dùng trả lời câu hỏi (chuyên viên, lãnh đạo) */
                            answererOf: {
                                id: number;
                                name: string;
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
    "/api/editorial/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bài viết của cơ quan (biên tập viên, lãnh đạo; quản trị tỉnh: tất cả) */
        get: {
            parameters: {
                query?: {
                    /** @description draft: nháp; review: chờ duyệt; published: đã xuất bản; unpublished: đã gỡ */
                    status?: "draft" | "review" | "published" | "unpublished";
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
                                agencyId: number;
                                agencyName: string;
                                slug: string;
                                title: string;
                                summary: string;
                                bodyHtml: string;
                                /**
                                 * @description activity: Tin hoạt động; announcement: Thông báo; new_document: Văn bản mới; new_policy: Chính sách mới
                                 * @enum {unknown}
                                 */
                                category: "activity" | "announcement" | "new_document" | "new_policy";
                                coverImageKey: string | null;
                                coverImageUrl: string | null;
                                /**
                                 * @description draft: nháp; review: chờ duyệt; published: đã xuất bản; unpublished: đã gỡ
                                 * @enum {unknown}
                                 */
                                status: "draft" | "review" | "published" | "unpublished";
                                /** Format: date-time */
                                publishAt: string | null;
                                /** Format: date-time */
                                publishedAt: string | null;
                                reviewComment: string | null;
                                authorName: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                                canEdit: boolean;
                                canApprove: boolean;
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
            };
        };
        put?: never;
        /** Biên tập viên viết bài (nháp); nội dung được làm sạch trên máy chủ */
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
                        agencyId: number;
                        title: string;
                        summary: string;
                        /** @description nội dung HTML (trình soạn thảo); được làm sạch trên máy chủ */
                        bodyHtml: string;
                        /**
                         * @description activity: Tin hoạt động; announcement: Thông báo; new_document: Văn bản mới; new_policy: Chính sách mới
                         * @enum {unknown}
                         */
                        category: "activity" | "announcement" | "new_document" | "new_policy";
                        /** @description đường dẫn: chữ không dấu, số, dấu gạch ngang */
                        slug?: string;
                        /** @description khóa ảnh đã tải lên (POST /editorial/images) */
                        coverImageKey?: string | null;
                        /**
                         * Format: date-time
                         * @description thời điểm xuất bản mong muốn; trống: khi được duyệt
                         */
                        publishAt?: string | null;
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
                            slug: string;
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
    "/api/editorial/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bài viết đang biên tập */
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
                            agencyId: number;
                            agencyName: string;
                            slug: string;
                            title: string;
                            summary: string;
                            bodyHtml: string;
                            /**
                             * @description activity: Tin hoạt động; announcement: Thông báo; new_document: Văn bản mới; new_policy: Chính sách mới
                             * @enum {unknown}
                             */
                            category: "activity" | "announcement" | "new_document" | "new_policy";
                            coverImageKey: string | null;
                            coverImageUrl: string | null;
                            /**
                             * @description draft: nháp; review: chờ duyệt; published: đã xuất bản; unpublished: đã gỡ
                             * @enum {unknown}
                             */
                            status: "draft" | "review" | "published" | "unpublished";
                            /** Format: date-time */
                            publishAt: string | null;
                            /** Format: date-time */
                            publishedAt: string | null;
                            reviewComment: string | null;
                            authorName: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            canEdit: boolean;
                            canApprove: boolean;
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
        /** Biên tập viên sửa bài nháp, bị trả lại hoặc đã gỡ */
        put: {
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
                        title: string;
                        summary: string;
                        /** @description nội dung HTML (trình soạn thảo); được làm sạch trên máy chủ */
                        bodyHtml: string;
                        /**
                         * @description activity: Tin hoạt động; announcement: Thông báo; new_document: Văn bản mới; new_policy: Chính sách mới
                         * @enum {unknown}
                         */
                        category: "activity" | "announcement" | "new_document" | "new_policy";
                        /** @description đường dẫn: chữ không dấu, số, dấu gạch ngang */
                        slug?: string;
                        /** @description khóa ảnh đã tải lên (POST /editorial/images) */
                        coverImageKey?: string | null;
                        /**
                         * Format: date-time
                         * @description thời điểm xuất bản mong muốn; trống: khi được duyệt
                         */
                        publishAt?: string | null;
                        /** @description phiên bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /**
                             * @description draft: nháp; review: chờ duyệt; published: đã xuất bản; unpublished: đã gỡ
                             * @enum {unknown}
                             */
                            status: "draft" | "review" | "published" | "unpublished";
                            version: number;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/editorial/articles/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Biên tập viên trình duyệt bài viết */
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
                        /** @description phiên bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /**
                             * @description draft: nháp; review: chờ duyệt; published: đã xuất bản; unpublished: đã gỡ
                             * @enum {unknown}
                             */
                            status: "draft" | "review" | "published" | "unpublished";
                            version: number;
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
    "/api/editorial/articles/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lãnh đạo cơ quan (hoặc quản trị tỉnh) duyệt: bài xuất bản từ ngày đăng đã chọn */
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
                        /** @description phiên bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /**
                             * @description draft: nháp; review: chờ duyệt; published: đã xuất bản; unpublished: đã gỡ
                             * @enum {unknown}
                             */
                            status: "draft" | "review" | "published" | "unpublished";
                            version: number;
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
    "/api/editorial/articles/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lãnh đạo cơ quan (hoặc quản trị tỉnh) trả lại bài viết kèm ý kiến */
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
                        comment: string;
                        /** @description phiên bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /**
                             * @description draft: nháp; review: chờ duyệt; published: đã xuất bản; unpublished: đã gỡ
                             * @enum {unknown}
                             */
                            status: "draft" | "review" | "published" | "unpublished";
                            version: number;
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
    "/api/editorial/articles/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gỡ bài viết đã xuất bản */
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
                        /** @description phiên bản đã đọc (chống ghi đè) */
                        version: number;
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
                            /**
                             * @description draft: nháp; review: chờ duyệt; published: đã xuất bản; unpublished: đã gỡ
                             * @enum {unknown}
                             */
                            status: "draft" | "review" | "published" | "unpublished";
                            version: number;
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
    "/api/editorial/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải ảnh cho bài viết (multipart: agencyId, file; JPEG/PNG kiểm tra theo nội dung, mã hóa lại, bỏ EXIF) */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: string;
                            url: string;
                            width: number;
                            height: number;
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
                413: {
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
                415: {
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
    "/api/3/action/package_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tên các bộ dữ liệu mở (CKAN package_list) */
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
                            /** @description địa chỉ tài liệu API */
                            help: string;
                            /** @enum {boolean} */
                            success: true;
                            result: string[];
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
                            help: string;
                            /** @enum {boolean} */
                            success: false;
                            error: {
                                /** @description Not Found Error, Validation Error, Authorization Error */
                                __type: string;
                                /** @description thông báo tiếng Việt */
                                message: string;
                                /** @description mã lỗi ổn định của nền tảng */
                                code: string;
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
                            help: string;
                            /** @enum {boolean} */
                            success: false;
                            error: {
                                /** @description Not Found Error, Validation Error, Authorization Error */
                                __type: string;
                                /** @description thông báo tiếng Việt */
                                message: string;
                                /** @description mã lỗi ổn định của nền tảng */
                                code: string;
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
    "/api/3/action/package_show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một bộ dữ liệu theo id hoặc name, kèm các tệp (CKAN package_show) */
        get: {
            parameters: {
                query?: {
                    /** @description id (UUID) hoặc name */
                    id?: string;
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
                            /** @description địa chỉ tài liệu API */
                            help: string;
                            /** @enum {boolean} */
                            success: true;
                            result: {
                                id: string;
                                name: string;
                                title: string;
                                notes: string;
                                type: string;
                                state: string;
                                private: boolean;
                                isopen: boolean;
                                license_id: string;
                                license_title: string;
                                license_url: string;
                                author: string | null;
                                maintainer: string | null;
                                organization: {
                                    id: string;
                                    name: string;
                                    title: string;
                                    description: string;
                                    type: string;
                                    is_organization: boolean;
                                    state: string;
                                    approval_status: string;
                                    image_url: string;
                                } | null;
                                owner_org: string | null;
                                /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                metadata_created: string;
                                /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                metadata_modified: string;
                                url: string;
                                /** @enum {object|null} */
                                version: never | null;
                                num_resources: number;
                                num_tags: number;
                                tags: {
                                    id: string;
                                    name: string;
                                    display_name: string;
                                    state: string;
                                    /** @enum {object|null} */
                                    vocabulary_id: never | null;
                                }[];
                                resources: {
                                    id: string;
                                    package_id: string;
                                    name: string;
                                    description: string;
                                    /** @description CSV hoặc JSON */
                                    format: string;
                                    mimetype: string;
                                    /** @description địa chỉ tải tệp (tuyệt đối) */
                                    url: string;
                                    /** @description dung lượng (byte) */
                                    size: number;
                                    /** @description SHA-256 của tệp (hex) */
                                    hash: string;
                                    /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                    last_modified: string;
                                    /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                    created: string;
                                    /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                    metadata_modified: string;
                                    position: number;
                                    state: string;
                                    /** @enum {object|null} */
                                    url_type: never | null;
                                    datastore_active: boolean;
                                    /** @description số dòng dữ liệu */
                                    row_count: number;
                                }[];
                                groups: unknown[];
                                extras: {
                                    key: string;
                                    value: string;
                                }[];
                                /** @description các cột của tệp dữ liệu (mở rộng, ngoài chuẩn CKAN) */
                                columns: {
                                    key: string;
                                    title: string;
                                    type: string;
                                }[];
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
                            help: string;
                            /** @enum {boolean} */
                            success: false;
                            error: {
                                /** @description Not Found Error, Validation Error, Authorization Error */
                                __type: string;
                                /** @description thông báo tiếng Việt */
                                message: string;
                                /** @description mã lỗi ổn định của nền tảng */
                                code: string;
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
                            help: string;
                            /** @enum {boolean} */
                            success: false;
                            error: {
                                /** @description Not Found Error, Validation Error, Authorization Error */
                                __type: string;
                                /** @description thông báo tiếng Việt */
                                message: string;
                                /** @description mã lỗi ổn định của nền tảng */
                                code: string;
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
    "/api/3/action/package_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tìm bộ dữ liệu theo từ khóa, không phân biệt dấu; phân trang bằng rows, start (CKAN package_search) */
        get: {
            parameters: {
                query?: {
                    /** @description từ khóa, không phân biệt dấu */
                    q?: string;
                    rows?: number;
                    start?: number;
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
                            /** @description địa chỉ tài liệu API */
                            help: string;
                            /** @enum {boolean} */
                            success: true;
                            result: {
                                count: number;
                                sort: string;
                                facets: Record<string, never>;
                                search_facets: Record<string, never>;
                                results: {
                                    id: string;
                                    name: string;
                                    title: string;
                                    notes: string;
                                    type: string;
                                    state: string;
                                    private: boolean;
                                    isopen: boolean;
                                    license_id: string;
                                    license_title: string;
                                    license_url: string;
                                    author: string | null;
                                    maintainer: string | null;
                                    organization: {
                                        id: string;
                                        name: string;
                                        title: string;
                                        description: string;
                                        type: string;
                                        is_organization: boolean;
                                        state: string;
                                        approval_status: string;
                                        image_url: string;
                                    } | null;
                                    owner_org: string | null;
                                    /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                    metadata_created: string;
                                    /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                    metadata_modified: string;
                                    url: string;
                                    /** @enum {object|null} */
                                    version: never | null;
                                    num_resources: number;
                                    num_tags: number;
                                    tags: {
                                        id: string;
                                        name: string;
                                        display_name: string;
                                        state: string;
                                        /** @enum {object|null} */
                                        vocabulary_id: never | null;
                                    }[];
                                    resources: {
                                        id: string;
                                        package_id: string;
                                        name: string;
                                        description: string;
                                        /** @description CSV hoặc JSON */
                                        format: string;
                                        mimetype: string;
                                        /** @description địa chỉ tải tệp (tuyệt đối) */
                                        url: string;
                                        /** @description dung lượng (byte) */
                                        size: number;
                                        /** @description SHA-256 của tệp (hex) */
                                        hash: string;
                                        /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                        last_modified: string;
                                        /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                        created: string;
                                        /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                        metadata_modified: string;
                                        position: number;
                                        state: string;
                                        /** @enum {object|null} */
                                        url_type: never | null;
                                        datastore_active: boolean;
                                        /** @description số dòng dữ liệu */
                                        row_count: number;
                                    }[];
                                    groups: unknown[];
                                    extras: {
                                        key: string;
                                        value: string;
                                    }[];
                                    /** @description các cột của tệp dữ liệu (mở rộng, ngoài chuẩn CKAN) */
                                    columns: {
                                        key: string;
                                        title: string;
                                        type: string;
                                    }[];
                                }[];
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
                            help: string;
                            /** @enum {boolean} */
                            success: false;
                            error: {
                                /** @description Not Found Error, Validation Error, Authorization Error */
                                __type: string;
                                /** @description thông báo tiếng Việt */
                                message: string;
                                /** @description mã lỗi ổn định của nền tảng */
                                code: string;
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
                            help: string;
                            /** @enum {boolean} */
                            success: false;
                            error: {
                                /** @description Not Found Error, Validation Error, Authorization Error */
                                __type: string;
                                /** @description thông báo tiếng Việt */
                                message: string;
                                /** @description mã lỗi ổn định của nền tảng */
                                code: string;
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
    "/api/3/action/organization_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tổ chức công bố dữ liệu (CKAN organization_list) */
        get: {
            parameters: {
                query?: {
                    /** @description true: trả về đối tượng đầy đủ thay vì tên */
                    all_fields?: boolean;
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
                            /** @description địa chỉ tài liệu API */
                            help: string;
                            /** @enum {boolean} */
                            success: true;
                            result: string[] | {
                                id: string;
                                name: string;
                                title: string;
                                description: string;
                                type: string;
                                is_organization: boolean;
                                state: string;
                                approval_status: string;
                                image_url: string;
                                display_name: string;
                                package_count: number;
                            }[];
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
                            help: string;
                            /** @enum {boolean} */
                            success: false;
                            error: {
                                /** @description Not Found Error, Validation Error, Authorization Error */
                                __type: string;
                                /** @description thông báo tiếng Việt */
                                message: string;
                                /** @description mã lỗi ổn định của nền tảng */
                                code: string;
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
                            help: string;
                            /** @enum {boolean} */
                            success: false;
                            error: {
                                /** @description Not Found Error, Validation Error, Authorization Error */
                                __type: string;
                                /** @description thông báo tiếng Việt */
                                message: string;
                                /** @description mã lỗi ổn định của nền tảng */
                                code: string;
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
    "/api/3/action/resource_show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một tệp dữ liệu theo id (CKAN resource_show) */
        get: {
            parameters: {
                query?: {
                    /** @description id (UUID) hoặc name */
                    id?: string;
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
                            /** @description địa chỉ tài liệu API */
                            help: string;
                            /** @enum {boolean} */
                            success: true;
                            result: {
                                id: string;
                                package_id: string;
                                name: string;
                                description: string;
                                /** @description CSV hoặc JSON */
                                format: string;
                                mimetype: string;
                                /** @description địa chỉ tải tệp (tuyệt đối) */
                                url: string;
                                /** @description dung lượng (byte) */
                                size: number;
                                /** @description SHA-256 của tệp (hex) */
                                hash: string;
                                /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                last_modified: string;
                                /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                created: string;
                                /** @description thời điểm UTC dạng ISO 8601 không có múi giờ, như CKAN */
                                metadata_modified: string;
                                position: number;
                                state: string;
                                /** @enum {object|null} */
                                url_type: never | null;
                                datastore_active: boolean;
                                /** @description số dòng dữ liệu */
                                row_count: number;
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
                            help: string;
                            /** @enum {boolean} */
                            success: false;
                            error: {
                                /** @description Not Found Error, Validation Error, Authorization Error */
                                __type: string;
                                /** @description thông báo tiếng Việt */
                                message: string;
                                /** @description mã lỗi ổn định của nền tảng */
                                code: string;
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
                            help: string;
                            /** @enum {boolean} */
                            success: false;
                            error: {
                                /** @description Not Found Error, Validation Error, Authorization Error */
                                __type: string;
                                /** @description thông báo tiếng Việt */
                                message: string;
                                /** @description mã lỗi ổn định của nền tảng */
                                code: string;
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
    "/api/opendata/files/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp dữ liệu mở (CSV UTF-8 có BOM, hoặc JSON); hỗ trợ ETag/If-None-Match và Last-Modified/If-Modified-Since */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description <name>.csv hoặc <name>.json */
                    file: string;
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
                        "text/csv; charset=utf-8; header=present": string;
                        "application/json; charset=utf-8": string;
                    };
                };
                /** @description Tệp không đổi từ lần tải trước */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8; header=present": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "application/json; charset=utf-8": {
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
                        "text/csv; charset=utf-8; header=present": {
                            error: {
                                /** @description Mã lỗi ổn định, ví dụ VALIDATION_FAILED */
                                code: string;
                                /** @description Thông báo tiếng Việt cho người dùng */
                                message: string;
                                details?: unknown;
                            };
                        };
                        "application/json; charset=utf-8": {
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
    "/api/opendata/builds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quản trị tỉnh: thời điểm tổng hợp của từng bộ dữ liệu, lỗi của lần gần nhất, tệp đang công bố */
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
                                dataset: string;
                                title: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                nextDueAt: string;
                                /** Format: date-time */
                                lastAttemptAt: string | null;
                                /** Format: date-time */
                                lastSuccessAt: string | null;
                                /** @description lỗi của lần tổng hợp gần nhất (nếu thất bại) */
                                lastError: string | null;
                                /** Format: date-time */
                                lastErrorAt: string | null;
                                buildCount: number;
                                files: {
                                    format: string;
                                    size: number;
                                    rowCount: number;
                                    sha256: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    modifiedAt: string;
                                }[];
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
    "/api/opendata/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quản trị tỉnh: tổng hợp lại ngay một bộ dữ liệu (hoặc tất cả khi không nêu tên) */
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
                        /** @description tên bộ dữ liệu (name của CKAN) */
                        dataset?: string;
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
                            items: {
                                dataset: string;
                                title: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                nextDueAt: string;
                                /** Format: date-time */
                                lastAttemptAt: string | null;
                                /** Format: date-time */
                                lastSuccessAt: string | null;
                                /** @description lỗi của lần tổng hợp gần nhất (nếu thất bại) */
                                lastError: string | null;
                                /** Format: date-time */
                                lastErrorAt: string | null;
                                buildCount: number;
                                files: {
                                    format: string;
                                    size: number;
                                    rowCount: number;
                                    sha256: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    modifiedAt: string;
                                }[];
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông báo của tôi (mới nhất trước) */
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
                                id: number;
                                dossierId: number | null;
                                title: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                readAt: string | null;
                            }[];
                            unread: number;
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
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh dấu đã đọc */
        post: {
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
                            /** @enum {boolean} */
                            ok: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kênh nhận thông báo của tôi (thư điện tử, SMS, tin nhắn ứng dụng) */
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
                            /** @description thư điện tử */
                            email: boolean;
                            /** @description tin nhắn SMS */
                            sms: boolean;
                            /** @description tin nhắn qua ứng dụng (tài khoản chính thức) */
                            app_message: boolean;
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
            };
        };
        /** Chọn kênh nhận thông báo */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description thư điện tử */
                        email: boolean;
                        /** @description tin nhắn SMS */
                        sms: boolean;
                        /** @description tin nhắn qua ứng dụng (tài khoản chính thức) */
                        app_message: boolean;
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
                            /** @description thư điện tử */
                            email: boolean;
                            /** @description tin nhắn SMS */
                            sms: boolean;
                            /** @description tin nhắn qua ứng dụng (tài khoản chính thức) */
                            app_message: boolean;
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
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thư, tin nhắn hệ thống đã gửi cho tôi (mới nhất trước) */
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
                                channel: "email" | "sms" | "app_message";
                                recipient: string;
                                subject: string | null;
                                body: string;
                                /** Format: date-time */
                                sentAt: string | null;
                                template: string;
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
    "/api/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hàng đợi công việc nền: số lượng theo trạng thái và danh sách lỗi (dead letters) */
        get: {
            parameters: {
                query?: {
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
                            subscribers: {
                                subscriber: string;
                                pending: number;
                                running: number;
                                done: number;
                                dead: number;
                            }[];
                            dead: {
                                items: {
                                    id: number;
                                    subscriber: string;
                                    topic: string;
                                    payload: {
                                        [key: string]: unknown;
                                    };
                                    attempts: number;
                                    lastError: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    finishedAt: string | null;
                                }[];
                                total: number;
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
    "/api/admin/jobs/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thử lại một công việc lỗi */
        post: {
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
                            /** @enum {boolean} */
                            ok: true;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
